using Npgsql;
using StdKit.Model.Diagnostics;

namespace StdKit.Search.Knowledge.Postgres;

/// <summary>
/// What PostgreSQL or the way to it says, as a refusal that says what to do: the machine's problem, not StdKit's.
/// </summary>
internal static class PostgresErrors
{
    public static T Translate<T>(KnowledgeBaseLocation location, Func<T> body)
    {
        try
        {
            return body();
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.InvalidPassword
            or PostgresErrorCodes.InvalidAuthorizationSpecification)
        {
            throw new UserError($"{location.Display} refused the sign-in ({e.MessageText})",
                "check Username= and Password= in --db", FailureKind.Environment);
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.InvalidCatalogName)
        {
            throw new UserError($"{location.Display} does not exist ({e.MessageText})",
                "create the database (createdb) or check Database= in --db", FailureKind.Environment);
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.InsufficientPrivilege)
        {
            throw new UserError($"{location.Display}: {e.MessageText}",
                "grant the user of --db the rights on the database, or give another user", FailureKind.Environment);
        }
        catch (PostgresException e) when (e.SqlState.StartsWith("57P", StringComparison.Ordinal)
            || e.SqlState.StartsWith("08", StringComparison.Ordinal))
        {
            throw Unreachable(location);
        }
        catch (NpgsqlException e) when (e is not PostgresException)
        {
            throw Unreachable(location);
        }
    }

    /// <summary>
    /// Down, restarting, or not where --db says: a socket refused or timed out, or a connection broken.
    /// </summary>
    public static UserError Unreachable(KnowledgeBaseLocation location)
    {
        var builder = new NpgsqlConnectionStringBuilder(location.Target);
        return new UserError($"cannot reach PostgreSQL at {builder.Host}:{builder.Port}", "start it or check --db",
            FailureKind.Environment);
    }
}

using Npgsql;

namespace StdKit.Tests.Support;

/// <summary>
/// A database of its own on the test server — <c>STDKIT_POSTGRES</c>, a connection string of an account that may
/// create databases (default <c>Host=localhost;Username=postgres</c>) — named stdkit_test_…, dropped afterwards. Where
/// no server answers the test is skipped with the Debian package to install (under CI, <c>STDKIT_REQUIRE_TOOLS=1</c>,
/// it fails instead).
/// </summary>
public sealed class PostgresDatabase : IDisposable
{
    public const string Variable = "STDKIT_POSTGRES";

    private static readonly Lazy<string?> Unavailable = new(Probe);

    private readonly string _name = $"stdkit_test_{Guid.NewGuid():N}"[..24];

    public PostgresDatabase()
    {
        Require();
        Admin($"CREATE DATABASE {_name}");
        ConnectionString = new NpgsqlConnectionStringBuilder(Server) { Database = _name }.ConnectionString;
    }

    /// <summary>The server's connection string, for this database.</summary>
    public string ConnectionString { get; }

    public static string Server => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } server
        ? server : "Host=localhost;Username=postgres";

    /// <summary>Skips (or, under CI, fails) unless the test server answers.</summary>
    public static void Require()
    {
        if (Unavailable.Value is not { } problem) return;
        var message = $"no PostgreSQL server answers at {Variable}={Server} ({problem}); " +
            "Debian: apt-get install postgresql, pg_ctlcluster 15 main start, and trust or a password for TCP loopback";
        if (Environment.GetEnvironmentVariable(ExternalTools.RequireVariable) == "1")
            Assert.Fail(message + $"; {ExternalTools.RequireVariable}=1 requires it");
        Skip.If(true, message);
    }

    private static string? Probe()
    {
        try
        {
            Admin("SELECT 1");
            return null;
        }
        catch (Exception e) when (e is NpgsqlException or ArgumentException)
        {
            return e.Message;
        }
    }

    /// <summary>A statement on the server's maintenance database, outside any pool.</summary>
    public static void Admin(string sql)
    {
        var builder = new NpgsqlConnectionStringBuilder(Server) { Database = "postgres", Pooling = false, Timeout = 5 };
        using var connection = new NpgsqlConnection(builder.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    /// <summary>A statement on this database, outside StdKit.</summary>
    public T? Scalar<T>(string sql)
    {
        var unpooled = new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false };
        using var connection = new NpgsqlConnection(unpooled.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        var value = command.ExecuteScalar();
        return value is null or DBNull ? default : (T)Convert.ChangeType(value, typeof(T));
    }

    /// <summary>Empties the database, as a fresh one.</summary>
    public void Clear() => Scalar<int>("DROP SCHEMA public CASCADE; CREATE SCHEMA public; SELECT 0");

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        Admin($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
    }
}

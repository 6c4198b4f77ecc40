using System.Data.Common;
using Npgsql;
using StdKit.Model.Diagnostics;

namespace StdKit.Web.Access;

/// <summary>The accounts in the tables accounts, memberships and audit_log of a PostgreSQL database, shared by every
/// web node of a set-up.</summary>
public sealed class PostgresAccountStore : AccountStore
{
    /// <summary>Taken while the tables are created, so that two nodes starting together do not both create
    /// them.</summary>
    private const long SchemaLock = 0x5374644B69744163;

    private readonly NpgsqlDataSource _source;

    public PostgresAccountStore(string connectionString)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new UserError($"'{Redacted(connectionString)}' is not a PostgreSQL connection string ({e.Message})",
                "write it as Host=…;Database=…;Username=…");
        }
        Location = $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database ?? builder.Username}";
        _source = NpgsqlDataSource.Create(builder);
        try
        {
            Prepare();
        }
        catch (NpgsqlException e)
        {
            _source.Dispose();
            throw e is PostgresException { SqlState: not ("3D000" or "28P01" or "28000") } other
                ? new UserError($"{Location} holds something else than StdKit's accounts ({other.MessageText})",
                    "give a database of its own for the accounts, e.g. Database=stdkit")
                : new UserError($"cannot reach the accounts at {Location}: {e.Message.TrimEnd('.')}",
                    "start PostgreSQL (Debian package postgresql) or correct the connection string",
                    FailureKind.Environment);
        }
    }

    public override string Location { get; }

    protected override DbConnection Connect() => _source.OpenConnection();

    protected override void CreateTables(DbConnection connection, DbTransaction transaction)
    {
        Execute(connection, transaction, $"SELECT pg_advisory_xact_lock({SchemaLock})");
        Execute(connection, transaction, """
            CREATE TABLE IF NOT EXISTS accounts (
                user_name text PRIMARY KEY,
                password_hash text NOT NULL);
            CREATE TABLE IF NOT EXISTS memberships (
                user_name text NOT NULL REFERENCES accounts (user_name) ON DELETE CASCADE,
                agency text NOT NULL,
                role text NOT NULL,
                PRIMARY KEY (user_name, agency));
            CREATE TABLE IF NOT EXISTS audit_log (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                time timestamptz NOT NULL,
                user_name text,
                action text NOT NULL,
                target text,
                client text);
            CREATE TABLE IF NOT EXISTS protection_keys (
                name text PRIMARY KEY,
                xml text NOT NULL);
            CREATE TABLE IF NOT EXISTS comments (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                standard text NOT NULL,
                agency text NOT NULL,
                clause text NOT NULL,
                content text NOT NULL,
                suggestion text NOT NULL,
                unit text NOT NULL,
                contact text NOT NULL,
                user_name text NOT NULL,
                time timestamptz NOT NULL,
                decision text,
                reason text);
            CREATE INDEX IF NOT EXISTS comments_by_standard ON comments (standard, agency);
            """);
    }

    /// <summary>A connection string as a message may show it: without its password.</summary>
    private static string Redacted(string connectionString) =>
        System.Text.RegularExpressions.Regex.Replace(connectionString, "(?i)(password|pwd)=[^;]*", "$1=…");

    public override void Dispose() => _source.Dispose();
}

using System.Data.Common;
using Microsoft.Data.Sqlite;
using StdKit.Model.Diagnostics;

namespace StdKit.Web.Access;

/// <summary>The accounts in an SQLite file of their own (by default out/kb/accounts.db, beside the knowledge
/// base), created when first written.</summary>
public sealed class SqliteAccountStore : AccountStore
{
    private readonly string _connection;

    public SqliteAccountStore(string path)
    {
        Location = Path.GetFullPath(path);
        _connection = new SqliteConnectionStringBuilder { DataSource = Location, Pooling = true }.ToString();
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Location)!);
            using (var connection = Connect())
            using (var wal = connection.CreateCommand())
            {
                // Readers (sign-ins) go on while the audit log is written.
                wal.CommandText = "PRAGMA journal_mode = WAL";
                wal.ExecuteNonQuery();
            }
            Prepare();
        }
        catch (SqliteException e)
        {
            throw new UserError($"{path}: not an account file ({e.Message.TrimEnd('.')})",
                "give the accounts file written by stdkit account add, or a new file name");
        }
    }

    public override string Location { get; }

    protected override DbConnection Connect()
    {
        var connection = new SqliteConnection(_connection);
        connection.Open();
        using var pragmas = connection.CreateCommand();
        // Several web requests write the audit log at once: wait for one another rather than fail.
        pragmas.CommandText = "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;";
        pragmas.ExecuteNonQuery();
        return connection;
    }

    protected override void CreateTables(DbConnection connection, DbTransaction transaction)
    {
        Execute(connection, transaction, """
            CREATE TABLE IF NOT EXISTS accounts (
                user_name TEXT PRIMARY KEY,
                password_hash TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS memberships (
                user_name TEXT NOT NULL REFERENCES accounts (user_name) ON DELETE CASCADE,
                agency TEXT NOT NULL,
                role TEXT NOT NULL,
                PRIMARY KEY (user_name, agency));
            CREATE TABLE IF NOT EXISTS audit_log (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                time TEXT NOT NULL,
                user_name TEXT,
                action TEXT NOT NULL,
                target TEXT,
                client TEXT);
            CREATE TABLE IF NOT EXISTS protection_keys (
                name TEXT PRIMARY KEY,
                xml TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS comments (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                standard TEXT NOT NULL,
                agency TEXT NOT NULL,
                clause TEXT NOT NULL,
                content TEXT NOT NULL,
                suggestion TEXT NOT NULL,
                unit TEXT NOT NULL,
                contact TEXT NOT NULL,
                user_name TEXT NOT NULL,
                time TEXT NOT NULL,
                decision TEXT,
                reason TEXT);
            CREATE INDEX IF NOT EXISTS comments_by_standard ON comments (standard, agency);
            """);
    }

    public override void Dispose() => SqliteConnection.ClearPool(new SqliteConnection(_connection));
}

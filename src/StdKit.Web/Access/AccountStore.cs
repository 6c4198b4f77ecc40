using System.Data.Common;

namespace StdKit.Web.Access;

/// <summary>
/// The statements both stores run, in the SQL that SQLite and PostgreSQL share; each store gives its connections
/// and its table definitions. A connection per call: requests come from many threads, and both pool them.
/// </summary>
public abstract partial class AccountStore : IAccountStore
{
    public abstract string Location { get; }

    protected abstract DbConnection Connect();

    /// <summary>The tables accounts, memberships, audit_log, protection_keys and comments, created where missing, in
    /// one transaction.</summary>
    protected abstract void CreateTables(DbConnection connection, DbTransaction transaction);

    /// <summary>Creates the tables and checks that a database already holding them holds these.</summary>
    protected void Prepare()
    {
        using var connection = Connect();
        using var transaction = connection.BeginTransaction();
        CreateTables(connection, transaction);
        // A database that has tables of these names with other columns holds something else: refuse it now.
        Execute(connection, transaction, "SELECT user_name, password_hash FROM accounts WHERE 1 = 0");
        Execute(connection, transaction, "SELECT user_name, agency, role FROM memberships WHERE 1 = 0");
        Execute(connection, transaction, "SELECT time, user_name, action, target, client FROM audit_log WHERE 1 = 0");
        Execute(connection, transaction, "SELECT name, xml FROM protection_keys WHERE 1 = 0");
        Execute(connection, transaction, $"SELECT {CommentColumns} FROM comments WHERE 1 = 0");
        transaction.Commit();
    }

    public void Save(string user, string passwordHash, Membership membership, AuditEntry audit) =>
        InTransaction((connection, transaction) =>
        {
            var updated = Execute(connection, transaction,
                "UPDATE accounts SET password_hash = @hash WHERE user_name = @user", ("@hash", passwordHash),
                ("@user", user));
            if (updated == 0)
                Execute(connection, transaction,
                    "INSERT INTO accounts (user_name, password_hash) VALUES (@user, @hash)", ("@user", user),
                    ("@hash", passwordHash));
            Execute(connection, transaction, "DELETE FROM memberships WHERE user_name = @user AND agency = @agency",
                ("@user", user), ("@agency", membership.Agency));
            Execute(connection, transaction,
                "INSERT INTO memberships (user_name, agency, role) VALUES (@user, @agency, @role)", ("@user", user),
                ("@agency", membership.Agency), ("@role", membership.Role.Id()));
            Write(connection, transaction, audit);
            return 0;
        });

    public bool Remove(string user, AuditEntry audit) =>
        InTransaction((connection, transaction) =>
        {
            Execute(connection, transaction, "DELETE FROM memberships WHERE user_name = @user", ("@user", user));
            // No account: nothing was deleted, and nothing is logged.
            if (Execute(connection, transaction, "DELETE FROM accounts WHERE user_name = @user", ("@user", user)) == 0)
                return false;
            Write(connection, transaction, audit);
            return true;
        });

    public Account? Find(string user) => Accounts("WHERE a.user_name = @user", ("@user", user)).FirstOrDefault();

    public IReadOnlyList<Account> List() => Accounts("");

    public void Audit(AuditEntry entry) => InTransaction((connection, transaction) =>
    {
        Write(connection, transaction, entry);
        return 0;
    });

    public IReadOnlyList<AuditEntry> AuditLog(int count)
    {
        using var connection = Connect();
        using var command = Command(connection, null,
            "SELECT time, user_name, action, target, client FROM audit_log ORDER BY id DESC LIMIT @count",
            ("@count", count));
        using var reader = command.ExecuteReader();
        var entries = new List<AuditEntry>();
        while (reader.Read())
            entries.Add(new AuditEntry(reader.GetFieldValue<DateTimeOffset>(0), Text(reader, 1), reader.GetString(2),
                Text(reader, 3), Text(reader, 4)));
        return entries;
    }

    public IReadOnlyList<string> ProtectionKeys()
    {
        using var connection = Connect();
        using var command = Command(connection, null, "SELECT xml FROM protection_keys ORDER BY name");
        using var reader = command.ExecuteReader();
        var keys = new List<string>();
        while (reader.Read()) keys.Add(reader.GetString(0));
        return keys;
    }

    public void SaveProtectionKey(string name, string xml) => InTransaction((connection, transaction) =>
        // Two nodes starting together may both make a key: both are kept, and both are accepted.
        Execute(connection, transaction,
            "INSERT INTO protection_keys (name, xml) VALUES (@name, @xml) ON CONFLICT (name) DO NOTHING",
            ("@name", name), ("@xml", xml)));

    private List<Account> Accounts(string where, params (string, object?)[] parameters)
    {
        using var connection = Connect();
        using var command = Command(connection, null, $"""
            SELECT a.user_name, a.password_hash, m.agency, m.role
            FROM accounts a LEFT JOIN memberships m ON m.user_name = a.user_name
            {where}
            ORDER BY a.user_name, m.agency
            """, parameters);
        using var reader = command.ExecuteReader();
        var rows = new List<(string User, string Hash, Membership? Membership)>();
        while (reader.Read())
            rows.Add((reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null
                : new Membership(reader.GetString(2), Roles.Parse(reader.GetString(3)))));
        return rows.GroupBy(r => (r.User, r.Hash))
            .Select(g => new Account(g.Key.User, g.Key.Hash, g.Select(r => r.Membership).OfType<Membership>().ToList()))
            .ToList();
    }

    private static void Write(DbConnection connection, DbTransaction transaction, AuditEntry entry) =>
        Execute(connection, transaction, """
            INSERT INTO audit_log (time, user_name, action, target, client)
            VALUES (@time, @user, @action, @target, @client)
            """,
            ("@time", entry.Time.ToUniversalTime()), ("@user", entry.User), ("@action", entry.Action),
            ("@target", entry.Target), ("@client", entry.Client));

    private T InTransaction<T>(Func<DbConnection, DbTransaction, T> work)
    {
        using var connection = Connect();
        using var transaction = connection.BeginTransaction();
        var result = work(connection, transaction);
        transaction.Commit();
        return result;
    }

    protected static int Execute(DbConnection connection, DbTransaction? transaction, string sql,
        params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        return command.ExecuteNonQuery();
    }

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql,
        params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    private static string? Text(DbDataReader reader, int column) =>
        reader.IsDBNull(column) ? null : reader.GetString(column);

    public virtual void Dispose()
    {
    }
}

using System.Data;
using System.Data.Common;
using Npgsql;
using NpgsqlTypes;
using StdKit.Model.Diagnostics;
using StdKit.Search.Knowledge.Sql;

namespace StdKit.Search.Knowledge.Postgres;

/// <summary>
/// The knowledge base in a PostgreSQL database, the record several web nodes share. A reader sees one generation in a
/// read-only REPEATABLE READ transaction from one refresh to the next. Fills and schema changes take a transaction
/// advisory lock first, so that two writers on any machines wait for each other; a fill that changes something
/// announces its generation on <see cref="Channel"/> when it commits.
/// </summary>
internal sealed class PostgresKnowledgeBase : SqlKnowledgeBase
{
    /// <summary>Where a committed fill announces its generation (NOTIFY), for nodes to follow.</summary>
    public const string Channel = "stdkit_changes";

    /// <summary>
    /// One advisory lock per database (their keys are the database's own) for every writer of StdKit.
    /// </summary>
    private const long WriterKey = 0x5374644B6974;

    private readonly NpgsqlConnection _connection;
    private NpgsqlTransaction? _snapshot;

    private PostgresKnowledgeBase(KnowledgeBaseLocation location, NpgsqlConnection connection) : base(location) =>
        _connection = connection;

    internal override DbConnection Connection => _connection;

    public static SchemaState StateOf(KnowledgeBaseLocation location)
    {
        using var kb = Connect(location);
        return kb.Translate(() => PostgresSchema.Inspect(kb._connection));
    }

    public static PostgresKnowledgeBase Open(KnowledgeBaseLocation location)
    {
        var kb = Connect(location);
        try
        {
            var problem = kb.Translate(() => PostgresSchema.Inspect(kb._connection)) switch
            {
                SchemaState.Current => null,
                SchemaState.Empty => new UserError($"no knowledge base in {location.Display}",
                    "run stdkit index with this --db first"),
                SchemaState.Older => new UserError($"the knowledge base in {location.Display} has an older schema",
                    "run stdkit index to rebuild it from content"),
                var state => Refuse(location, state),
            };
            if (problem is not null) throw problem;
            kb.Refresh();
            return kb;
        }
        catch
        {
            kb.Dispose();
            throw;
        }
    }

    /// <summary>Creates the tables in an empty database, or rebuilds those of an older schema with a message.</summary>
    public static PostgresKnowledgeBase OpenForWriting(KnowledgeBaseLocation location, Action<string> notify)
    {
        var kb = Connect(location);
        try
        {
            kb.Translate(() =>
            {
                // Under the writers' lock: of two first fills at once, one creates the tables and the other sees them.
                using var transaction = kb.BeginFill();
                var state = PostgresSchema.Inspect(kb._connection);
                if (state is SchemaState.Newer or SchemaState.Foreign) throw Refuse(location, state);
                if (state == SchemaState.Older)
                    notify($"the knowledge base in {location.Display} has schema version " +
                        $"{PostgresSchema.RecordedVersion(kb._connection)}; this StdKit writes version " +
                        $"{KnowledgeBaseSchema.Version}: rebuilding it from content");
                if (state != SchemaState.Current) PostgresSchema.Create(kb._connection);
                transaction.Commit();
                return 0;
            });
            return kb;
        }
        catch
        {
            kb.Dispose();
            throw;
        }
    }

    private static UserError Refuse(KnowledgeBaseLocation location, SchemaState state) => state == SchemaState.Newer
        ? new UserError($"the knowledge base in {location.Display} was written by a newer StdKit " +
            $"(schema newer than version {KnowledgeBaseSchema.Version})",
            "use that StdKit, or give another database with --db")
        : new UserError($"{location.Display} holds tables of something else, not a StdKit knowledge base",
            "give an empty database with --db (createdb stdkit); StdKit does not touch this one");

    private static PostgresKnowledgeBase Connect(KnowledgeBaseLocation location)
    {
        var builder = new NpgsqlConnectionStringBuilder(location.Target);
        if (builder.MaxAutoPrepare == 0) builder.MaxAutoPrepare = 32;
        builder.ApplicationName ??= "stdkit";
        var connection = new NpgsqlConnection(builder.ConnectionString);
        var kb = new PostgresKnowledgeBase(location, connection);
        try
        {
            kb.Translate(() => { connection.Open(); return 0; });
            return kb;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public override void Refresh()
    {
        _snapshot?.Dispose();
        _snapshot = null;
        _snapshot = Translate(() =>
        {
            var transaction = _connection.BeginTransaction(IsolationLevel.RepeatableRead);
            using var readOnly = new NpgsqlCommand("SET TRANSACTION READ ONLY", _connection, transaction);
            readOnly.ExecuteNonQuery();
            return transaction;
        });
        // The snapshot is taken at the first query.
        _ = Generation;
    }

    /// <summary>READ COMMITTED after the lock: the fill sees what the writer before it committed.</summary>
    internal override DbTransaction BeginFill()
    {
        _snapshot?.Dispose();
        _snapshot = null;
        var transaction = _connection.BeginTransaction();
        using var wait = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({WriterKey})", _connection, transaction);
        wait.ExecuteNonQuery();
        return transaction;
    }

    /// <summary>Delivered when the transaction commits, and only then.</summary>
    internal override void Announce(long generation) =>
        Execute("SELECT pg_notify(@channel, @generation)", ("@channel", Channel),
            ("@generation", generation.ToString()));

    /// <summary>
    /// From the identity's sequence, all in one query: taken there, an id is never given again, whoever writes.
    /// </summary>
    internal override IReadOnlyList<long> NewIds(string table, int count)
    {
        if (count == 0) return [];
        var ids = Query("""
            SELECT nextval(sequence::regclass)
            FROM pg_get_serial_sequence(@table, 'id') AS sequence, generate_series(1, @count)
            """, r => r.GetInt64(0), ("@table", table), ("@count", count)).ToList();
        ids.Sort();
        return ids;
    }

    /// <summary>
    /// A binary COPY for the table: the rows stream to the server without a round trip each. COPY gives an identity
    /// column the value written, as an INSERT with OVERRIDING SYSTEM VALUE does.
    /// </summary>
    internal override void Insert(TableRows rows)
    {
        using var copy = _connection.BeginBinaryImport(
            $"COPY {rows.Table} ({string.Join(", ", rows.Columns)}) FROM STDIN (FORMAT BINARY)");
        foreach (var row in rows.Rows)
        {
            copy.StartRow();
            foreach (var value in row)
            {
                switch (value)
                {
                    case null: copy.WriteNull(); break;
                    case string text: copy.Write(text, NpgsqlDbType.Text); break;
                    case long number: copy.Write(number, NpgsqlDbType.Bigint); break;
                    case int number: copy.Write(number, NpgsqlDbType.Integer); break;
                    default: throw new ArgumentException($"no column type for {value.GetType()}", nameof(rows));
                }
            }
        }
        copy.Complete();
    }

    protected override string IdIn(string column) => $"{column} = ANY(@ids)";

    protected override object IdsValue(IReadOnlyCollection<long> ids) => ids.ToArray();

    protected override string CitedDocumentsOfClause =>
        "(SELECT string_agg(r.document, chr(31) ORDER BY r.id) FROM clause_references r WHERE r.clause_id = c.id)";

    protected override string CaseInsensitiveLike => "ILIKE";

    /// <summary>
    /// Also a command on a connection that a restart of the server broke before: Npgsql then refuses it as an
    /// invalid operation, which is the machine's problem like the break itself.
    /// </summary>
    internal override T Translate<T>(Func<T> body)
    {
        try
        {
            return PostgresErrors.Translate(Location, body);
        }
        catch (InvalidOperationException) when (_connection.State is not ConnectionState.Open)
        {
            throw PostgresErrors.Unreachable(Location);
        }
    }

    public override void Dispose()
    {
        _snapshot?.Dispose();
        base.Dispose();
    }
}

using System.Data.Common;
using StdKit.Model.Diagnostics;
using Microsoft.Data.Sqlite;
using StdKit.Search.Knowledge.Sql;

namespace StdKit.Search.Knowledge.Sqlite;

/// <summary>
/// The knowledge base in one SQLite file, the embedded default. A reader sees one generation from start to end (a
/// read transaction, which WAL lets writers work beside), so that a fill by another process never removes rows under
/// a search; a damaged or unwritable file is reported as the machine's problem. Fills are serialised by the writer
/// lock beside the file, which the caller holds.
/// </summary>
internal sealed class SqliteKnowledgeBase : SqlKnowledgeBase
{
    private readonly SqliteConnection _connection;
    private SqliteTransaction? _snapshot;

    private SqliteKnowledgeBase(KnowledgeBaseLocation location, SqliteConnection connection) : base(location) =>
        _connection = connection;

    private string Path => Location.Target;

    internal override DbConnection Connection => _connection;

    public static SqliteKnowledgeBase Open(KnowledgeBaseLocation location)
    {
        var path = location.Target;
        var problem = StateOf(path) switch
        {
            SchemaState.Current => null,
            SchemaState.Empty => new UserError($"no knowledge base at {path}",
                "run stdkit index first, or give its file with --db"),
            SchemaState.Older => new UserError($"knowledge base {path} has an older schema",
                "run stdkit index to rebuild it from content"),
            var state => Refuse(path, state),
        };
        if (problem is not null) throw problem;
        var kb = Connect(location);
        kb.Refresh();
        return kb;
    }

    /// <summary>
    /// Moves a reader to the latest generation written, and keeps it there until the next refresh: the rows of one
    /// generation, whatever another process fills meanwhile.
    /// </summary>
    public override void Refresh()
    {
        _snapshot?.Dispose();
        _snapshot = Translate(() => _connection.BeginTransaction(deferred: true));
        // A deferred transaction takes its snapshot at the first read.
        _ = Generation;
    }

    /// <summary>A missing file is created; a damaged one, or one of an older schema, rebuilt with a message.</summary>
    public static SqliteKnowledgeBase OpenForWriting(KnowledgeBaseLocation location, Action<string> notify)
    {
        var path = location.Target;
        var state = StateOf(path);
        if (state is SchemaState.Newer or SchemaState.Foreign) throw Refuse(path, state);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
        var kb = Connect(location);
        try
        {
            if (state == SchemaState.Current && kb.Damage() is { } damage)
            {
                // Every row comes from content: a damaged file is replaced, not patched.
                notify($"knowledge base {path} is damaged ({damage}): rebuilding it from content");
                kb.Dispose();
                Delete(path);
                kb = Connect(location);
                state = SchemaState.Empty;
            }
            if (state == SchemaState.Older)
                notify($"knowledge base {path} has schema version {SqliteSchema.RecordedVersion(kb._connection)}; " +
                    $"this StdKit writes version {KnowledgeBaseSchema.Version}: rebuilding it from content");
            if (state != SchemaState.Current) kb.Translate(() => { SqliteSchema.Create(kb._connection); return 0; });
            return kb;
        }
        catch
        {
            kb.Dispose();
            throw;
        }
    }

    /// <summary>
    /// What <c>PRAGMA quick_check</c> finds wrong, or null when the file is sound. It reads every page, so it runs
    /// where a fill is about to trust the file, not on every search.
    /// </summary>
    public string? Damage()
    {
        try
        {
            var problems = Query("PRAGMA quick_check(3)", r => r.GetString(0)).ToList();
            // The first row may name the database on a line of its own: "*** in database main ***".
            return problems is ["ok"] ? null
                : string.Join("; ", problems
                    .SelectMany(p => p.Split('\n'))
                    .Where(l => !l.StartsWith("***", StringComparison.Ordinal))
                    .Take(2));
        }
        catch (UserError e) when (e.Kind == FailureKind.Environment)
        {
            return e.Diagnostics[0].Message;
        }
    }

    private static void Delete(string path)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm", path + "-journal" })
            Translate(path, () => { File.Delete(file); return 0; });
    }

    /// <summary>
    /// What the file at <paramref name="path"/> holds; <see cref="SchemaState.Empty"/> when there is no file.
    /// </summary>
    public static SchemaState StateOf(string path)
    {
        if (!File.Exists(path)) return SchemaState.Empty;
        // Read-only and without pragmas: a database of something else is looked at, never changed.
        var readOnly = new SqliteConnectionStringBuilder
        {
            DataSource = path, Pooling = false, Mode = SqliteOpenMode.ReadOnly,
        };
        using var connection = new SqliteConnection(readOnly.ToString());
        try
        {
            connection.Open();
            return SqliteSchema.Inspect(connection);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is not (NotADatabase or Corrupt))
        {
            return Translate<SchemaState>(path, () => throw e);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is NotADatabase)
        {
            throw new UserError($"{path} is not a knowledge base (not a readable SQLite file)",
                "give another file with --db, or delete it and run stdkit index");
        }
        catch (SqliteException e) when (e.SqliteErrorCode is Corrupt)
        {
            throw new UserError($"knowledge base {path} is damaged beyond reading ({e.Message.TrimEnd('.')})",
                "delete it and run stdkit index to rebuild it from content", FailureKind.Environment);
        }
    }

    private const int ReadOnly = 8;
    private const int IoError = 10;
    private const int Corrupt = 11;
    private const int Full = 13;
    private const int CannotOpen = 14;
    private const int NotADatabase = 26;

    /// <summary>
    /// Runs <paramref name="body"/>, turning what SQLite says about the file — damaged, read-only, full — into a
    /// refusal that says what to do.
    /// </summary>
    internal override T Translate<T>(Func<T> body) => Translate(Path, body);

    private static T Translate<T>(string path, Func<T> body)
    {
        try
        {
            return body();
        }
        catch (SqliteException e) when (e.SqliteErrorCode is Corrupt or NotADatabase)
        {
            throw Damaged(path, e.Message.TrimEnd('.'));
        }
        catch (SqliteException e) when (e.SqliteErrorCode is ReadOnly or CannotOpen or IoError or Full)
        {
            throw new UserError($"cannot use knowledge base {path}: {e.Message.TrimEnd('.')}",
                "SQLite writes beside the file: make its folder writable and leave room on the disk, "
                + "or give another --db",
                FailureKind.Environment);
        }
        catch (UnauthorizedAccessException)
        {
            throw WriterLock.NotWritable(path);
        }
    }

    private static SqliteKnowledgeBase Connect(KnowledgeBaseLocation location)
    {
        var path = location.Target;
        var connection = new SqliteConnection(
            new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        try
        {
            Translate(path, () =>
            {
                connection.Open();
                using var pragmas = connection.CreateCommand();
                pragmas.CommandText =
                    "PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;";
                return pragmas.ExecuteNonQuery();
            });
            return new SqliteKnowledgeBase(location, connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static UserError Refuse(string path, SchemaState state) => state == SchemaState.Newer
        ? new UserError($"knowledge base {path} was written by a newer StdKit " +
            $"(schema newer than version {KnowledgeBaseSchema.Version})",
            "use that StdKit, or give another file with --db")
        : new UserError($"{path} is an SQLite database but not a StdKit knowledge base",
            "give another file with --db; StdKit does not overwrite it");

    /// <summary>
    /// A row read. A damaged page need not fail the read: SQLite may hand back a row of nulls or of the wrong types,
    /// which only a check of the whole file tells from a fault of StdKit.
    /// </summary>
    protected override T Row<T>(DbDataReader reader, Func<DbDataReader, T> row)
    {
        try
        {
            return row(reader);
        }
        catch (Exception e) when (e is InvalidOperationException or InvalidCastException or FormatException
                                  && Damage() is { } damage)
        {
            throw Damaged(Path, damage);
        }
    }

    private static UserError Damaged(string path, string problem) =>
        new($"knowledge base {path} is damaged ({problem})",
            "run stdkit index to rebuild it from content", FailureKind.Environment);

    /// <summary>A JSON array of the ids, read by json_each: one statement, prepared once, for any number.</summary>
    protected override string IdIn(string column) => $"{column} IN (SELECT value FROM json_each(@ids))";

    protected override object IdsValue(IReadOnlyCollection<long> ids) => $"[{string.Join(",", ids)}]";

    protected override string CitedDocumentsOfClause =>
        "(SELECT group_concat(r.document, char(31)) FROM clause_references r WHERE r.clause_id = c.id)";

    protected override string CaseInsensitiveLike => "LIKE";

    /// <summary>The writer lock beside the file keeps other writers out; the transaction is immediate.</summary>
    internal override DbTransaction BeginFill()
    {
        _snapshot?.Dispose();
        _snapshot = null;
        return _connection.BeginTransaction();
    }

    /// <summary>After the largest id, as SQLite gives a row its id; no other writer comes in between.</summary>
    internal override IReadOnlyList<long> NewIds(string table, int count)
    {
        var last = Query($"SELECT coalesce(max(id), 0) FROM {table}", r => r.GetInt64(0)).Single();
        return Enumerable.Range(1, count).Select(i => last + i).ToList();
    }

    /// <summary>One statement prepared for the table, run for each row: in process, no round trip per row.</summary>
    internal override void Insert(TableRows rows)
    {
        using var command = _connection.CreateCommand();
        var names = rows.Columns.Select((_, i) => $"@p{i}").ToList();
        command.CommandText =
            $"INSERT INTO {rows.Table} ({string.Join(", ", rows.Columns)}) VALUES ({string.Join(", ", names)})";
        foreach (var row in rows.Rows)
        {
            for (var i = 0; i < names.Count; i++) Bind(command, names[i], row[i]);
            command.ExecuteNonQuery();
        }
    }

    public override void Dispose()
    {
        _snapshot?.Dispose();
        base.Dispose();
    }
}

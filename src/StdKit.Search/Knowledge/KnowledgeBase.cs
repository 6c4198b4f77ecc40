using StdKit.Model.Diagnostics;
using Microsoft.Data.Sqlite;
using StdKit.Search.Analysis;

namespace StdKit.Search.Knowledge;

/// <summary>
/// The knowledge base (知识库): one SQLite file that is the record of every indexed standard — metadata, clauses with
/// their provision types, term entries and references. The Lucene index is a cache built from it. A reader sees one
/// generation from start to end (a read transaction, which WAL lets writers work beside), so that a fill by another
/// process never removes rows under a search; a damaged or unwritable file is reported as the machine's problem.
/// </summary>
public sealed class KnowledgeBase : IDisposable
{
    private SqliteTransaction? _snapshot;

    private KnowledgeBase(string path, SqliteConnection connection)
    {
        Path = path;
        Connection = connection;
    }

    public string Path { get; }
    internal SqliteConnection Connection { get; }

    /// <summary>Random at creation: tells an index built from this file from one built from an earlier file.</summary>
    public string Id => Meta("id");

    /// <summary>Raised by every fill that changes something; the index records the generation it was built from.</summary>
    public long Generation => long.Parse(Meta("generation"));

    /// <summary>Opens an existing knowledge base of the current schema for reading.</summary>
    public static KnowledgeBase Open(string path)
    {
        var problem = StateOf(path) switch
        {
            SchemaState.Current => null,
            SchemaState.Empty => new UserError($"no knowledge base at {path}", "run stdkit index first, or give its file with --db"),
            SchemaState.Older => new UserError($"knowledge base {path} has an older schema", "run stdkit index to rebuild it from content"),
            var state => Refuse(path, state),
        };
        if (problem is not null) throw problem;
        var kb = Connect(path);
        kb.Refresh();
        return kb;
    }

    /// <summary>
    /// Moves a reader to the latest generation written, and keeps it there until the next refresh: the rows of one
    /// generation, whatever another process fills meanwhile.
    /// </summary>
    public void Refresh()
    {
        ForgetPrepared();
        _snapshot?.Dispose();
        _snapshot = Translate(() => Connection.BeginTransaction(deferred: true));
        // A deferred transaction takes its snapshot at the first read.
        _ = Generation;
    }

    /// <summary>
    /// Opens a knowledge base to fill it: a missing file is created, and one of an older schema is rebuilt with a
    /// message (every row is derived from content). A newer or foreign database is never touched.
    /// </summary>
    public static KnowledgeBase OpenForWriting(string path, Action<string> notify)
    {
        var state = StateOf(path);
        if (state is SchemaState.Newer or SchemaState.Foreign) throw Refuse(path, state);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
        var kb = Connect(path);
        try
        {
            if (state == SchemaState.Current && kb.Damage() is { } damage)
            {
                // Every row comes from content: a damaged file is replaced, not patched.
                notify($"knowledge base {path} is damaged ({damage}): rebuilding it from content");
                kb.Dispose();
                Delete(path);
                kb = Connect(path);
                state = SchemaState.Empty;
            }
            if (state == SchemaState.Older)
                notify($"knowledge base {path} has schema version {KnowledgeBaseSchema.RecordedVersion(kb.Connection)}; this StdKit writes version {KnowledgeBaseSchema.Version}: rebuilding it from content");
            if (state != SchemaState.Current) kb.Translate(() => { KnowledgeBaseSchema.Create(kb.Connection); return 0; });
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
                : string.Join("; ", problems.SelectMany(p => p.Split('\n')).Where(l => !l.StartsWith("***", StringComparison.Ordinal)).Take(2));
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

    /// <summary>What the file at <paramref name="path"/> holds; <see cref="SchemaState.Empty"/> when there is no file.</summary>
    public static SchemaState StateOf(string path)
    {
        if (!File.Exists(path)) return SchemaState.Empty;
        // Read-only and without pragmas: a database of something else is looked at, never changed.
        var readOnly = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, Mode = SqliteOpenMode.ReadOnly };
        using var connection = new SqliteConnection(readOnly.ToString());
        try
        {
            connection.Open();
            return KnowledgeBaseSchema.Inspect(connection);
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
    internal T Translate<T>(Func<T> body) => Translate(Path, body);

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
                "SQLite writes beside the file: make its folder writable and leave room on the disk, or give another --db",
                FailureKind.Environment);
        }
        catch (UnauthorizedAccessException)
        {
            throw WriterLock.NotWritable(path);
        }
    }

    private static KnowledgeBase Connect(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        try
        {
            Translate(path, () =>
            {
                connection.Open();
                using var pragmas = connection.CreateCommand();
                pragmas.CommandText = "PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;";
                return pragmas.ExecuteNonQuery();
            });
            // Queries compare text as search does: traditional characters folded to simplified.
            connection.CreateFunction("simplified", (string text) => SimplifiedFolding.Fold(text), isDeterministic: true);
            return new KnowledgeBase(path, connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static UserError Refuse(string path, SchemaState state) => state == SchemaState.Newer
        ? new UserError($"knowledge base {path} was written by a newer StdKit (schema newer than version {KnowledgeBaseSchema.Version})",
            "use that StdKit, or give another file with --db")
        : new UserError($"{path} is an SQLite database but not a StdKit knowledge base", "give another file with --db; StdKit does not overwrite it");

    internal SqliteCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = Connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    internal IEnumerable<T> Query<T>(string sql, Func<SqliteDataReader, T> row, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        using var reader = Translate(command.ExecuteReader);
        while (Translate(reader.Read)) yield return Row(reader, row);
    }

    /// <summary>
    /// A row read. A damaged page need not fail the read: SQLite may hand back a row of nulls or of the wrong types,
    /// which only a check of the whole file tells from a fault of StdKit.
    /// </summary>
    private T Row<T>(SqliteDataReader reader, Func<SqliteDataReader, T> row)
    {
        try
        {
            return row(reader);
        }
        catch (Exception e) when (e is InvalidOperationException or InvalidCastException or FormatException && Damage() is { } damage)
        {
            throw Damaged(Path, damage);
        }
    }

    private static UserError Damaged(string path, string problem) => new($"knowledge base {path} is damaged ({problem})",
        "run stdkit index to rebuild it from content", FailureKind.Environment);

    private readonly Dictionary<string, SqliteCommand> _prepared = [];

    /// <summary>
    /// A query run on every search, prepared once and kept: preparing costs more than reading ten rows. Its
    /// parameter is bound anew for each run; the rows are read before the next.
    /// </summary>
    internal List<T> Repeated<T>(string sql, string parameter, object value, Func<SqliteDataReader, T> row)
    {
        if (!_prepared.TryGetValue(sql, out var command))
        {
            command = Command(sql, (parameter, value));
            command.Prepare();
            _prepared[sql] = command;
        }
        command.Parameters[parameter].Value = value;
        using var reader = Translate(command.ExecuteReader);
        var rows = new List<T>();
        while (Translate(reader.Read)) rows.Add(Row(reader, row));
        return rows;
    }

    /// <summary>Prepared commands belong to the transaction they were made in.</summary>
    private void ForgetPrepared()
    {
        foreach (var command in _prepared.Values) command.Dispose();
        _prepared.Clear();
    }

    internal string Meta(string key) => Query("SELECT value FROM meta WHERE key = $key", r => r.GetString(0), ("$key", key)).Single();

    /// <summary>The layers of the framework in its order, then any other layer a standard names in its front matter.</summary>
    public IReadOnlyList<string> Layers() => Query("""
        SELECT name FROM (
            SELECT name, digit FROM layers
            UNION SELECT DISTINCT layer, 1000 FROM standards WHERE layer IS NOT NULL AND layer NOT IN (SELECT name FROM layers))
        ORDER BY digit, name
        """, r => r.GetString(0)).ToList();

    /// <summary>The agencies whose systems are in the knowledge base: id and name.</summary>
    public IReadOnlyList<(string Id, string Name)> Agencies() => Query("SELECT id, name FROM agencies ORDER BY id", r => (r.GetString(0), r.GetString(1))).ToList();

    /// <summary>The number of every standard, as printed.</summary>
    public IReadOnlyList<string> StandardNumbers() => Query("SELECT DISTINCT number FROM standards ORDER BY number", r => r.GetString(0)).ToList();

    /// <summary>The title of each standard number, as printed.</summary>
    public IReadOnlyDictionary<string, string> StandardTitles() =>
        Query("SELECT number, min(title) FROM standards GROUP BY number", r => (r.GetString(0), r.GetString(1)))
            .ToDictionary(p => p.Item1, p => p.Item2);

    /// <summary>Whether a standard of that comparison key (dated or undated) is in the knowledge base.</summary>
    public bool HasStandard(string key) =>
        Query("SELECT 1 FROM standards WHERE number_key = $key OR undated_key = $key LIMIT 1", r => true, ("$key", key)).Any();

    public long ClauseCount() => Query("SELECT count(*) FROM clauses", r => r.GetInt64(0)).Single();

    public void Dispose()
    {
        ForgetPrepared();
        _snapshot?.Dispose();
        Connection.Dispose();
    }
}

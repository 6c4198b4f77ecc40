using Npgsql;
using StdKit.Model.Diagnostics;
using StdKit.Search.Knowledge.Postgres;
using StdKit.Search.Knowledge.Sqlite;

namespace StdKit.Search.Knowledge;

/// <summary>Where the record is kept.</summary>
public enum StoreKind
{
    /// <summary>One file, the embedded default.</summary>
    Sqlite,

    /// <summary>A PostgreSQL database, the record many web nodes share.</summary>
    Postgres,
}

/// <summary>
/// The knowledge base as <c>--db</c> names it: a file path is an SQLite file; a value with <c>Host=</c> is an Npgsql
/// connection string to PostgreSQL. The search index, a cache of the record, is always a local folder: beside the
/// SQLite file, or one per node for PostgreSQL (under out/kb/, named after host and database, or as given).
/// </summary>
public sealed record KnowledgeBaseLocation
{
    private KnowledgeBaseLocation(StoreKind kind, string target, string indexFolder, string display)
    {
        (Kind, Target, IndexFolder, Display) = (kind, target, Path.GetFullPath(indexFolder), display);
    }

    public StoreKind Kind { get; }

    /// <summary>The file path, or the connection string (which may hold a password: never shown).</summary>
    public string Target { get; }

    public string IndexFolder { get; }

    /// <summary>What messages name: the file, or "PostgreSQL host:port/database".</summary>
    public string Display { get; }

    /// <summary>
    /// The lock one writer at a time holds on this machine: beside the SQLite file, which it guards with its index;
    /// beside the index for PostgreSQL, where the database serialises fills itself.
    /// </summary>
    public string LockFile => (Kind == StoreKind.Sqlite ? Target : IndexFolder) + ".lock";

    /// <param name="typed">A file path or a connection string, as given to --db.</param>
    /// <param name="indexFolder">The search index folder; null for the default.</param>
    public static KnowledgeBaseLocation Parse(string typed, string? indexFolder = null)
    {
        if (!typed.Contains("Host=", StringComparison.OrdinalIgnoreCase))
            return new(StoreKind.Sqlite, typed,
                indexFolder ?? Path.ChangeExtension(Path.GetFullPath(typed), ".index"), typed);
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(typed);
        }
        catch (ArgumentException e)
        {
            throw new UserError($"--db is not a PostgreSQL connection string ({e.Message})",
                "write it as Host=…;Database=…;Username=…, or give a file for SQLite");
        }
        var database = builder.Database ?? builder.Username ?? "postgres";
        return new(StoreKind.Postgres, typed,
            indexFolder ?? Path.Combine("out", "kb", FileName($"{builder.Host}-{database}") + ".index"),
            $"PostgreSQL {builder.Host}:{builder.Port}/{database}");
    }

    private static string FileName(string text) =>
        string.Concat(text.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_'));

    /// <summary>What the knowledge base holds now; <see cref="SchemaState.Empty"/> when there is none yet.</summary>
    public SchemaState State() =>
        Kind == StoreKind.Sqlite ? SqliteKnowledgeBase.StateOf(Target) : PostgresKnowledgeBase.StateOf(this);

    /// <summary>Opens an existing knowledge base of the current schema for reading, at its latest generation.</summary>
    public IKnowledgeBase Open() =>
        Kind == StoreKind.Sqlite ? SqliteKnowledgeBase.Open(this) : PostgresKnowledgeBase.Open(this);

    /// <summary>
    /// Opens the knowledge base to fill it: a missing one is created, and one of an older schema is rebuilt with a
    /// message (every row is derived from content). A newer or foreign database is never touched.
    /// </summary>
    public IKnowledgeBase OpenForWriting(Action<string> notify) => Kind == StoreKind.Sqlite
        ? SqliteKnowledgeBase.OpenForWriting(this, notify)
        : PostgresKnowledgeBase.OpenForWriting(this, notify);

    /// <summary>
    /// Calls <paramref name="generation"/> with the record's generation now and whenever it may have changed, on a
    /// thread of its own, until disposed; null for an SQLite file, which one node serves at one generation.
    /// </summary>
    public IDisposable? Follow(Action<long> generation, TimeSpan poll) =>
        Kind == StoreKind.Postgres ? new PostgresGenerationWatch(this, generation, poll) : null;

    public override string ToString() => Display;
}

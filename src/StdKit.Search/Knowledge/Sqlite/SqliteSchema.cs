using Microsoft.Data.Sqlite;
using StdKit.Search.Knowledge.Sql;

namespace StdKit.Search.Knowledge.Sqlite;

/// <summary>The tables of the knowledge base in an SQLite file (<see cref="KnowledgeBaseSchema"/>).</summary>
internal static class SqliteSchema
{
    private const string Tables = """
        CREATE TABLE schema_version (version INTEGER NOT NULL);
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        -- 层 of the framework the standards were placed in, for --layer.
        CREATE TABLE layers (name TEXT PRIMARY KEY, digit INTEGER NOT NULL, level TEXT NOT NULL);
        CREATE TABLE agencies (id TEXT PRIMARY KEY, name TEXT NOT NULL);
        CREATE TABLE standards (
            id INTEGER PRIMARY KEY,
            agency TEXT NOT NULL,               -- '' for the content tree's own standards
            source TEXT NOT NULL,               -- content file, relative to the content root
            number TEXT NOT NULL, number_key TEXT NOT NULL, undated_key TEXT NOT NULL,
            type TEXT NOT NULL, code TEXT NOT NULL, banner TEXT NOT NULL,
            title TEXT NOT NULL, title_en TEXT, body_title TEXT, stage TEXT NOT NULL,
            layer TEXT, category TEXT,
            replaces TEXT NOT NULL, adoption TEXT, draft_date TEXT, ics TEXT, ccs TEXT, filing_number TEXT,
            release_date TEXT, implementation_date TEXT, issuer TEXT, proposer TEXT, administrator TEXT,
            drafting_units TEXT NOT NULL, drafters TEXT NOT NULL, history TEXT NOT NULL,   -- JSON arrays
            hash TEXT NOT NULL,
            UNIQUE (agency, source, number));
        CREATE INDEX standards_number ON standards (undated_key);
        CREATE TABLE clauses (
            id INTEGER PRIMARY KEY,
            standard_id INTEGER NOT NULL REFERENCES standards (id) ON DELETE CASCADE,
            number TEXT NOT NULL, title TEXT, text TEXT NOT NULL,
            kind TEXT NOT NULL, provision TEXT NOT NULL, line INTEGER NOT NULL,
            headings TEXT NOT NULL,             -- the titles above, separated by char(31)
            context TEXT);                      -- a list item's lead-in, a lead-in's items, a table's header row
        CREATE INDEX clauses_standard ON clauses (standard_id);
        CREATE TABLE terms (
            id INTEGER PRIMARY KEY,
            standard_id INTEGER NOT NULL REFERENCES standards (id) ON DELETE CASCADE,
            number TEXT NOT NULL, term TEXT NOT NULL, english TEXT,
            definition TEXT NOT NULL, source TEXT, line INTEGER NOT NULL);
        CREATE INDEX terms_standard ON terms (standard_id);
        CREATE TABLE clause_references (
            id INTEGER PRIMARY KEY,
            clause_id INTEGER NOT NULL REFERENCES clauses (id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            document TEXT NOT NULL, document_title TEXT,
            dated_key TEXT,                     -- null for an undated citation: the latest edition
            undated_key TEXT NOT NULL,
            target TEXT);                       -- 7.5, 表1, 附录A; null for the document as a whole
        CREATE INDEX clause_references_document ON clause_references (undated_key);
        CREATE INDEX clause_references_clause ON clause_references (clause_id);
        -- Domain synonyms of content/synonyms.yaml as directed pairs: searching word also finds alternative.
        CREATE TABLE synonyms (word TEXT NOT NULL, alternative TEXT NOT NULL, PRIMARY KEY (word, alternative));
        """;

    public static SchemaState Inspect(SqliteConnection connection)
    {
        var tables = Scalar<long>(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'table'");
        if (tables == 0) return SchemaState.Empty;
        if (Scalar<long>(connection,
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'") == 0)
            return SchemaState.Foreign;
        var version = RecordedVersion(connection);
        return KnowledgeBaseSchema.Compare(version);
    }

    public static long RecordedVersion(SqliteConnection connection) =>
        Scalar<long?>(connection, "SELECT max(version) FROM schema_version") ?? 0;

    /// <summary>Drops whatever an older version left and creates the current tables, in one transaction.</summary>
    public static void Create(SqliteConnection connection)
    {
        // Old tables are dropped whole; their rows need no cascading (and the pragma cannot change inside a
        // transaction).
        Execute(connection, "PRAGMA foreign_keys = OFF");
        using var transaction = connection.BeginTransaction();
        var old = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
            using var reader = list.ExecuteReader();
            while (reader.Read()) old.Add(reader.GetString(0));
        }
        foreach (var table in old) Execute(connection, $"DROP TABLE \"{table.Replace("\"", "\"\"")}\"");
        Execute(connection, Tables);
        Execute(connection, $"INSERT INTO schema_version VALUES ({KnowledgeBaseSchema.Version})");
        Execute(connection, $"INSERT INTO meta VALUES ('id', '{Guid.NewGuid():N}'), ('generation', '0')");
        transaction.Commit();
        Execute(connection, "PRAGMA foreign_keys = ON");
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static T Scalar<T>(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = command.ExecuteScalar();
        return value is null or DBNull
            ? default!
            : (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T));
    }
}

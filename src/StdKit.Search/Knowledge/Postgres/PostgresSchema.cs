using Npgsql;
using StdKit.Search.Knowledge.Sql;

namespace StdKit.Search.Knowledge.Postgres;

/// <summary>
/// The tables of the knowledge base in PostgreSQL (<see cref="KnowledgeBaseSchema"/>): those of the SQLite file, with
/// text compared byte by byte (collation "C"), as SQLite compares it, so that lists sort the same in both stores.
/// </summary>
internal static class PostgresSchema
{
    private const string Text = "TEXT COLLATE \"C\"";

    /// <summary>
    /// Only these are dropped when an older version is rebuilt: nothing else in the database is touched.
    /// </summary>
    private static readonly string[] Names =
    [
        "synonyms", "clause_references", "terms", "clauses", "standards", "agencies", "layers", "meta",
        "schema_version",
    ];

    private const string Tables = $$"""
        CREATE TABLE schema_version (version INTEGER NOT NULL);
        CREATE TABLE meta (key {{Text}} PRIMARY KEY, value {{Text}} NOT NULL);
        CREATE TABLE layers (name {{Text}} PRIMARY KEY, digit INTEGER NOT NULL, level {{Text}} NOT NULL);
        CREATE TABLE agencies (id {{Text}} PRIMARY KEY, name {{Text}} NOT NULL);
        CREATE TABLE standards (
            id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            agency {{Text}} NOT NULL, source {{Text}} NOT NULL,
            number {{Text}} NOT NULL, number_key {{Text}} NOT NULL, undated_key {{Text}} NOT NULL,
            type {{Text}} NOT NULL, code {{Text}} NOT NULL, banner {{Text}} NOT NULL,
            title {{Text}} NOT NULL, title_en {{Text}}, body_title {{Text}}, stage {{Text}} NOT NULL,
            layer {{Text}}, category {{Text}},
            replaces {{Text}} NOT NULL, adoption {{Text}}, draft_date {{Text}}, ics {{Text}}, ccs {{Text}},
            filing_number {{Text}}, release_date {{Text}}, implementation_date {{Text}}, issuer {{Text}},
            proposer {{Text}}, administrator {{Text}},
            drafting_units {{Text}} NOT NULL, drafters {{Text}} NOT NULL, history {{Text}} NOT NULL,
            hash {{Text}} NOT NULL,
            UNIQUE (agency, source, number));
        CREATE INDEX standards_number ON standards (undated_key);
        CREATE TABLE clauses (
            id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            standard_id BIGINT NOT NULL REFERENCES standards (id) ON DELETE CASCADE,
            number {{Text}} NOT NULL, title {{Text}}, text {{Text}} NOT NULL,
            kind {{Text}} NOT NULL, provision {{Text}} NOT NULL, line INTEGER NOT NULL,
            headings {{Text}} NOT NULL, context {{Text}});
        CREATE INDEX clauses_standard ON clauses (standard_id);
        CREATE TABLE terms (
            id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            standard_id BIGINT NOT NULL REFERENCES standards (id) ON DELETE CASCADE,
            number {{Text}} NOT NULL, term {{Text}} NOT NULL, english {{Text}}, definition {{Text}} NOT NULL,
            source {{Text}}, line INTEGER NOT NULL);
        CREATE INDEX terms_standard ON terms (standard_id);
        CREATE TABLE clause_references (
            id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            clause_id BIGINT NOT NULL REFERENCES clauses (id) ON DELETE CASCADE,
            kind {{Text}} NOT NULL, document {{Text}} NOT NULL, document_title {{Text}},
            dated_key {{Text}}, undated_key {{Text}} NOT NULL, target {{Text}});
        CREATE INDEX clause_references_document ON clause_references (undated_key);
        CREATE INDEX clause_references_clause ON clause_references (clause_id);
        CREATE TABLE synonyms (word {{Text}} NOT NULL, alternative {{Text}} NOT NULL, PRIMARY KEY (word, alternative));
        """;

    /// <summary>
    /// By the tables of the connection's schema: none, ours (by schema_version), or something else's.
    /// </summary>
    public static SchemaState Inspect(NpgsqlConnection connection)
    {
        var tables = new HashSet<string>();
        using (var list = new NpgsqlCommand(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()", connection))
        using (var reader = list.ExecuteReader())
            while (reader.Read()) tables.Add(reader.GetString(0));
        if (tables.Count == 0) return SchemaState.Empty;
        if (!tables.Contains("schema_version")) return SchemaState.Foreign;
        return KnowledgeBaseSchema.Compare(RecordedVersion(connection));
    }

    public static long RecordedVersion(NpgsqlConnection connection)
    {
        using var command = new NpgsqlCommand("SELECT max(version) FROM schema_version", connection);
        return command.ExecuteScalar() is int version ? version : 0;
    }

    /// <summary>
    /// Drops the tables an older version left and creates the current ones, in the caller's transaction.
    /// </summary>
    public static void Create(NpgsqlConnection connection)
    {
        var drop = string.Join(";", Names.Select(n => $"DROP TABLE IF EXISTS {n} CASCADE"));
        using var command = new NpgsqlCommand($"""
            {drop};
            {Tables}
            INSERT INTO schema_version VALUES ({KnowledgeBaseSchema.Version});
            INSERT INTO meta VALUES ('id', '{Guid.NewGuid():N}'), ('generation', '0');
            """, connection);
        command.ExecuteNonQuery();
    }
}

using System.Data;
using System.Data.Common;
using StdKit.Search.Records;
using StdKit.Search.References;
using StdKit.Search.Terms;

namespace StdKit.Search.Knowledge.Sql;

/// <summary>
/// What both stores share: the tables (the same in both), the queries in the SQL both dialects accept, and how rows
/// become records. Each store supplies its connection, its snapshot, how its errors read, the few phrases that
/// differ, and how a fill's new rows and their ids are written.
/// </summary>
internal abstract class SqlKnowledgeBase(KnowledgeBaseLocation location) : IKnowledgeBase
{
    public KnowledgeBaseLocation Location { get; } = location;

    internal abstract DbConnection Connection { get; }

    public string Id => Meta("id");

    public long Generation => long.Parse(Meta("generation"));

    public abstract void Refresh();

    /// <summary>
    /// Runs <paramref name="body"/>, turning what the store says about itself into a refusal that says what to do.
    /// </summary>
    internal abstract T Translate<T>(Func<T> body);

    /// <summary>A row read; a store that can hand back a damaged row says so here.</summary>
    protected virtual T Row<T>(DbDataReader reader, Func<DbDataReader, T> row) => row(reader);

    /// <summary>The condition that <paramref name="column"/> is one of the ids in the parameter @ids.</summary>
    protected abstract string IdIn(string column);

    protected abstract object IdsValue(IReadOnlyCollection<long> ids);

    /// <summary>The documents a clause (alias c) cites, joined by <see cref="IndexedClause.Separator"/>.</summary>
    protected abstract string CitedDocumentsOfClause { get; }

    /// <summary>LIKE without regard to the case of Latin letters, as SQLite's LIKE is.</summary>
    protected abstract string CaseInsensitiveLike { get; }

    /// <summary>Starts the transaction of a fill, once no other writer is in one.</summary>
    internal abstract DbTransaction BeginFill();

    /// <summary>Tells others of the new generation, within the fill's transaction.</summary>
    internal virtual void Announce(long generation) { }

    /// <summary>
    /// Ids for <paramref name="count"/> new rows of <paramref name="table"/>, rising, that no other row is given;
    /// within a fill.
    /// </summary>
    internal abstract IReadOnlyList<long> NewIds(string table, int count);

    /// <summary>Writes the rows in their order, within a fill.</summary>
    internal abstract void Insert(TableRows rows);

    /// <summary>Removes the standards of these row ids, and with them their clauses, references and terms.</summary>
    internal void DeleteStandards(IReadOnlyCollection<long> ids)
    {
        if (ids.Count > 0) Execute($"DELETE FROM standards WHERE {IdIn("id")}", ("@ids", IdsValue(ids)));
    }

    public FillResult Fill(FillInput input) => Translate(() => SqlFiller.Fill(this, input));

    private DbCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = Connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) Bind(command, name, value);
        return command;
    }

    /// <summary>A null is text: PostgreSQL must know the type of every parameter, also of "@p IS NULL".</summary>
    protected static void Bind(DbCommand command, string name, object? value)
    {
        var parameter = command.Parameters.Contains(name) ? command.Parameters[name] : command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        if (value is null or string) parameter.DbType = DbType.String;
        if (!command.Parameters.Contains(name)) command.Parameters.Add(parameter);
    }

    internal IEnumerable<T> Query<T>(string sql, Func<DbDataReader, T> row,
        params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        using var reader = Translate(command.ExecuteReader);
        while (Translate(reader.Read)) yield return Row(reader, row);
    }

    internal int Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        return Translate(command.ExecuteNonQuery);
    }

    internal string Meta(string key) =>
        Query("SELECT value FROM meta WHERE key = @key", r => r.GetString(0), ("@key", key)).Single();

    public IReadOnlyList<string> Layers() => Query("""
        SELECT name FROM (
            SELECT name, digit FROM layers
            UNION SELECT DISTINCT layer, 1000 FROM standards
            WHERE layer IS NOT NULL AND layer NOT IN (SELECT name FROM layers))
            AS named
        ORDER BY digit, name
        """, r => r.GetString(0)).ToList();

    public IReadOnlyList<(string Id, string Name)> Agencies() =>
        Query("SELECT id, name FROM agencies ORDER BY id", r => (r.GetString(0), r.GetString(1))).ToList();

    public IReadOnlyList<string> StandardNumbers() =>
        Query("SELECT DISTINCT number FROM standards ORDER BY number", r => r.GetString(0)).ToList();

    public IReadOnlyDictionary<string, string> StandardTitles() =>
        Query("SELECT number, min(title) FROM standards GROUP BY number", r => (r.GetString(0), r.GetString(1)))
            .ToDictionary(p => p.Item1, p => p.Item2);

    public long ClauseCount() => Query("SELECT count(*) FROM clauses", r => r.GetInt64(0)).Single();

    private const string ListedColumns = "number, title, agency, source, layer, category, stage";

    public IReadOnlyList<ListedStandard> Standards() =>
        Query($"SELECT {ListedColumns} FROM standards ORDER BY agency, number", Listed).ToList();

    public ListedStandard? FindStandard(string number) =>
        Query($"SELECT {ListedColumns} FROM standards WHERE number = @number ORDER BY agency LIMIT 1", Listed,
            ("@number", number)).FirstOrDefault();

    public ListedStandard? CitedStandard(string key) =>
        Query($"""
            SELECT {ListedColumns} FROM standards WHERE number_key = @key OR undated_key = @key
            ORDER BY agency, number DESC LIMIT 1
            """, Listed, ("@key", key)).FirstOrDefault();

    public IReadOnlyDictionary<string, int> CitationCounts(string number, SearchScope? scope = null) =>
        Query("""
            SELECT r.target, NULLIF(citing.agency, ''), citing.stage, count(*) FROM clause_references r
            JOIN clauses c ON c.id = r.clause_id JOIN standards citing ON citing.id = c.standard_id
            WHERE r.target IS NOT NULL
              AND r.undated_key = (SELECT undated_key FROM standards WHERE number = @number LIMIT 1)
              AND citing.number <> @number
            GROUP BY r.target, citing.agency, citing.stage
            """, r => (Target: r.GetString(0), Agency: Text(r, 1), Stage: Stage(r, 2), Count: (int)r.GetInt64(3)),
            ("@number", number))
            .Where(r => scope?.MaySee(r.Agency, r.Stage) ?? true)
            .GroupBy(r => r.Target).ToDictionary(g => g.Key, g => g.Sum(r => r.Count));

    private static ListedStandard Listed(DbDataReader r) => new(r.GetString(0), r.GetString(1),
        r.GetString(2) is { Length: > 0 } agency ? agency : null, r.GetString(3), Text(r, 4), Text(r, 5),
        Stage(r, 6));

    public IEnumerable<IndexedClause> IndexedClauses() => IndexedClauses("");

    public IEnumerable<IndexedClause> IndexedClauses(IReadOnlyCollection<long> standardIds) => standardIds.Count == 0
        ? []
        : IndexedClauses($"WHERE {IdIn("c.standard_id")}", ("@ids", IdsValue(standardIds)));

    private IEnumerable<IndexedClause> IndexedClauses(string where, params (string Name, object? Value)[] parameters) =>
        Query($"""
        SELECT c.id, c.standard_id, s.number, s.title, NULLIF(s.agency, ''), s.layer, c.number, c.title, c.text, c.kind,
               c.provision, c.headings, s.source || ':' || c.line, {CitedDocumentsOfClause}, s.stage, c.context
        FROM clauses c JOIN standards s ON s.id = c.standard_id
        {where}
        ORDER BY s.agency, s.source, s.number, c.id
        """, r => new IndexedClause(r.GetInt64(0), r.GetInt64(1), r.GetString(2), r.GetString(3), Text(r, 4),
        Text(r, 5), r.GetString(6), Text(r, 7), r.GetString(8), r.GetString(9), r.GetString(10),
        r.IsDBNull(13) ? [] : r.GetString(13).Split(IndexedClause.Separator),
        r.GetString(11).Length == 0 ? [] : r.GetString(11).Split(IndexedClause.Separator), r.GetString(12),
        Stage(r, 14), Text(r, 15)), parameters);

    public IReadOnlyDictionary<long, string> StandardHashes() =>
        Query("SELECT id, hash FROM standards", r => (Id: r.GetInt64(0), Hash: r.GetString(1)))
            .ToDictionary(s => s.Id, s => s.Hash);

    public IReadOnlyList<(string Term, string? English)> VocabularyTerms() =>
        Query("SELECT DISTINCT term, english FROM terms", r => (r.GetString(0), Text(r, 1))).ToList();

    public IReadOnlyList<string> Titles() =>
        Query("SELECT title FROM standards UNION SELECT title FROM clauses WHERE title IS NOT NULL",
            r => r.GetString(0)).ToList();

    public IReadOnlyList<string> AbbreviationLines() =>
        Query("SELECT DISTINCT text FROM clauses WHERE headings LIKE '%缩略语%' AND kind = 'paragraph'",
            r => r.GetString(0)).ToList();

    public IReadOnlyList<(string Word, string Alternative)> Synonyms() =>
        Query("SELECT word, alternative FROM synonyms", r => (r.GetString(0), r.GetString(1))).ToList();

    public IReadOnlyList<string> CitedDocuments() =>
        Query("SELECT DISTINCT document FROM clause_references", r => r.GetString(0)).ToList();

    public IReadOnlyList<TermRow> TermEntries() => Query("""
        SELECT s.number, s.title, s.agency, t.number, t.term, t.english, t.definition, t.source
        FROM terms t JOIN standards s ON s.id = t.standard_id
        ORDER BY s.number, t.id
        """, r => new TermRow(r.GetString(0), r.GetString(1), r.GetString(2) is { Length: > 0 } a ? a : null,
        r.GetString(3), r.GetString(4), Text(r, 5), r.GetString(6), Text(r, 7))).ToList();

    public ReferenceRows References(string? dated, string undated, string? clause)
    {
        var keys = new (string, object?)[] { ("@dated", dated), ("@undated", undated), ("@clause", clause) };
        var like = CaseInsensitiveLike;
        var incoming = Query($"""
            SELECT s.number, s.title, s.agency, c.number, c.title, c.kind, c.text, r.document, r.target
            FROM clause_references r JOIN clauses c ON c.id = r.clause_id JOIN standards s ON s.id = c.standard_id
            WHERE r.undated_key = @undated AND (@dated IS NULL OR r.dated_key IS NULL OR r.dated_key = @dated)
              AND (@clause IS NULL OR r.target = @clause
                OR r.target {like} @clause || '.%' OR r.target {like} @clause || ' %')
            ORDER BY s.number, c.id
            """, r => new IncomingReference(r.GetString(0), r.GetString(1),
            r.GetString(2) is { Length: > 0 } a ? a : null, r.GetString(3), Text(r, 4),
            Vocabulary.ParseKind(r.GetString(5)), r.GetString(6), r.GetString(7), Text(r, 8)), keys).ToList();

        const string ThisStandard =
            "((@dated IS NOT NULL AND s.number_key = @dated) OR (@dated IS NULL AND s.undated_key = @undated))";
        var titles = Query($"SELECT s.title FROM standards s WHERE {ThisStandard}", r => r.GetString(0), keys).ToList();
        var outgoing = Query($"""
            SELECT s.number, c.number, c.title, r.document, r.document_title, r.kind, r.target
            FROM standards s JOIN clauses c ON c.standard_id = s.id JOIN clause_references r ON r.clause_id = c.id
            WHERE {ThisStandard}
              AND (@clause IS NULL OR c.number = @clause
                OR c.number {like} @clause || '.%' OR c.number {like} @clause || ' %')
            ORDER BY s.id, c.id
            """, r => new OutgoingReference(r.GetString(0), r.GetString(1), Text(r, 2), r.GetString(3), Text(r, 4),
            Enum.Parse<ReferenceKind>(r.GetString(5), ignoreCase: true), Text(r, 6)), keys).ToList();
        var citedTitle = titles.Count > 0 ? null : Query("""
            SELECT document_title FROM clause_references
            WHERE undated_key = @undated AND document_title IS NOT NULL LIMIT 1
            """, r => r.GetString(0), ("@undated", undated)).FirstOrDefault();
        return new ReferenceRows(incoming, outgoing, titles, citedTitle);
    }

    private static string? Text(DbDataReader r, int column) => r.IsDBNull(column) ? null : r.GetString(column);

    private static Model.Metadata.DraftStage Stage(DbDataReader r, int column) =>
        Enum.Parse<Model.Metadata.DraftStage>(r.GetString(column));

    public virtual void Dispose()
    {
        Connection.Dispose();
    }
}

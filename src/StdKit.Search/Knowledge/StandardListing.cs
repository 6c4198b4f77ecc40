using StdKit.Model.Metadata;

namespace StdKit.Search.Knowledge;

/// <summary>A standard of the knowledge base as a list shows it, and where its content comes from.</summary>
/// <param name="Agency">The agency whose system holds it; null for the content tree's own standards.</param>
/// <param name="Source">The content file, relative to the content root, with "/" separators.</param>
public sealed record ListedStandard(string Number, string Title, string? Agency, string Source, string? Layer,
    string? Category, DraftStage Stage);

/// <summary>Reads the standards of the knowledge base and how often each clause of one is cited.</summary>
public static class StandardListing
{
    private const string Columns = "number, title, agency, source, layer, category, stage";

    /// <summary>Every standard: the tree's own first, then each agency's, by number.</summary>
    public static IReadOnlyList<ListedStandard> All(KnowledgeBase kb) =>
        kb.Query($"SELECT {Columns} FROM standards ORDER BY agency, number", Read).ToList();

    /// <summary>The standard of that number as printed (the tree's own before an agency's, should both hold it).</summary>
    public static ListedStandard? Find(KnowledgeBase kb, string number) =>
        kb.Query($"SELECT {Columns} FROM standards WHERE number = $number ORDER BY agency LIMIT 1", Read, ("$number", number))
            .FirstOrDefault();

    /// <summary>The standard a citation names, dated or undated as typed; null when the knowledge base does not hold it.</summary>
    public static ListedStandard? Cited(KnowledgeBase kb, string typed) =>
        kb.Query($"SELECT {Columns} FROM standards WHERE number_key = $key OR undated_key = $key ORDER BY agency, number DESC LIMIT 1",
            Read, ("$key", Records.DocumentKey.Of(typed))).FirstOrDefault();

    /// <summary>
    /// How many clauses of other standards cite each place of this one ("7.5", "表1", "附录A"), by undated number:
    /// an undated citation means the latest edition, which is the one the knowledge base holds. With a scope, only
    /// the citing standards it may see count.
    /// </summary>
    public static IReadOnlyDictionary<string, int> CitationCounts(KnowledgeBase kb, string number,
        SearchScope? scope = null) =>
        kb.Query("""
            SELECT r.target, NULLIF(citing.agency, ''), citing.stage, count(*) FROM clause_references r
            JOIN clauses c ON c.id = r.clause_id JOIN standards citing ON citing.id = c.standard_id
            WHERE r.target IS NOT NULL
              AND r.undated_key = (SELECT undated_key FROM standards WHERE number = $number LIMIT 1)
              AND citing.number <> $number
            GROUP BY r.target, citing.agency, citing.stage
            """, r => (Target: r.GetString(0), Agency: r.IsDBNull(1) ? null : r.GetString(1),
                Stage: Enum.Parse<DraftStage>(r.GetString(2)), Count: r.GetInt32(3)), ("$number", number))
            .Where(r => scope?.MaySee(r.Agency, r.Stage) ?? true)
            .GroupBy(r => r.Target).ToDictionary(g => g.Key, g => g.Sum(r => r.Count));

    private static ListedStandard Read(Microsoft.Data.Sqlite.SqliteDataReader r) => new(r.GetString(0), r.GetString(1),
        r.GetString(2) is { Length: > 0 } agency ? agency : null, r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4),
        r.IsDBNull(5) ? null : r.GetString(5), Enum.Parse<DraftStage>(r.GetString(6)));
}

using StdKit.Model.Metadata;

namespace StdKit.Search.Knowledge;

/// <summary>A clause row with what the search index needs of its standard and of its references.</summary>
/// <param name="Agency">The agency id; null for the content tree's own standards.</param>
/// <param name="CitedDocuments">The documents its text cites, as printed.</param>
/// <param name="Source">The content file and line it was read from: "library/…/visit.md:42".</param>
/// <param name="Stage">Its standard's stage, which decides who may find it.</param>
public sealed record IndexedClause(long Id, long StandardId, string StandardNumber, string StandardTitle, string? Agency, string? Layer,
    string Number, string? Title, string Text, string Kind, string Provision, IReadOnlyList<string> CitedDocuments,
    IReadOnlyList<string> Headings, string Source = "", DraftStage Stage = DraftStage.Published);

public static class IndexedClauses
{
    internal const char Separator = '\u001F';

    private const string Select = """
        SELECT c.id, c.standard_id, s.number, s.title, NULLIF(s.agency, ''), s.layer, c.number, c.title, c.text, c.kind, c.provision,
               c.headings, s.source || ':' || c.line,
               (SELECT group_concat(r.document, char(31)) FROM clause_references r WHERE r.clause_id = c.id), s.stage
        FROM clauses c JOIN standards s ON s.id = c.standard_id
        """;

    /// <summary>
    /// Every clause, streamed for indexes of any size, in the order of the content: standards by agency, file and
    /// number, each one's clauses as they stand in it — not by row id, which depends on the order of the fills.
    /// </summary>
    public static IEnumerable<IndexedClause> Read(KnowledgeBase kb) =>
        kb.Query($"{Select} ORDER BY s.agency, s.source, s.number, c.id", Row);

    private static IndexedClause Row(Microsoft.Data.Sqlite.SqliteDataReader r) => new(r.GetInt64(0), r.GetInt64(1), r.GetString(2), r.GetString(3),
        r.IsDBNull(4) ? null : r.GetString(4), r.IsDBNull(5) ? null : r.GetString(5),
        r.GetString(6), r.IsDBNull(7) ? null : r.GetString(7), r.GetString(8), r.GetString(9), r.GetString(10),
        r.IsDBNull(13) ? [] : r.GetString(13).Split(Separator),
        r.GetString(11).Length == 0 ? [] : r.GetString(11).Split(Separator), r.GetString(12),
        Enum.Parse<DraftStage>(r.GetString(14)));
}

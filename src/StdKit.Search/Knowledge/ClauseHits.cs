using StdKit.Search.Records;

namespace StdKit.Search.Knowledge;

/// <summary>What a hit shows of a clause and its standard, read from the knowledge base by row id.</summary>
public static class ClauseHits
{
    // The content tree's own standards have the agency ''.
    private const string Select = """
        SELECT c.id, s.number, s.title, c.number, c.title, c.text, c.provision, c.kind, s.layer, NULLIF(s.agency, ''),
               c.context
        FROM clauses c JOIN standards s ON s.id = c.standard_id
        WHERE c.id IN (SELECT value FROM json_each($ids))
        """;

    /// <summary>The hits of the row ids given, by id, not yet scored or marked.</summary>
    public static Dictionary<long, SearchHit> Read(KnowledgeBase kb, IReadOnlyCollection<long> ids) => ids.Count == 0 ? []
        : kb.Repeated(Select, "$ids", $"[{string.Join(",", ids)}]", r => (Id: r.GetInt64(0), Hit: new SearchHit(
            r.GetString(1), r.GetString(2), r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4), r.GetString(5),
            Vocabulary.ParseProvision(r.GetString(6)), Vocabulary.ParseKind(r.GetString(7)),
            r.IsDBNull(8) ? null : r.GetString(8), r.IsDBNull(9) ? null : r.GetString(9), 0, [],
            r.IsDBNull(10) ? null : r.GetString(10))))
            .ToDictionary(row => row.Id, row => row.Hit);
}

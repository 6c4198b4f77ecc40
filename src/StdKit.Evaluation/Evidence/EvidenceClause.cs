using StdKit.Search;

namespace StdKit.Evaluation.Evidence;

/// <summary>A clause of the agency's own standards that addresses a criterion.</summary>
public sealed record EvidenceClause(string Standard, string StandardTitle, string Clause, string Text);

/// <summary>
/// Finds, through the knowledge base, the clauses of an agency's system that address a criterion: each of the
/// criterion's evidence words searched in that system alone, hits that hold every word of it kept (a partial match is
/// no evidence), each clause once, the best few.
/// </summary>
public sealed class EvidenceFinder(Func<SearchRequest, SearchResult> search)
{
    private const int PerWord = 3;
    private const int PerCriterion = 4;

    public IReadOnlyList<EvidenceClause> Find(string agency, IReadOnlyList<string> words)
    {
        var found = new List<EvidenceClause>();
        foreach (var word in words)
        {
            var result = search(new SearchRequest($"\"{word}\"", Agency: agency, Top: PerWord));
            var full = result.Notice.Partial ? result.Notice.FullMatches : result.Hits.Count;
            foreach (var hit in result.Hits.Take(full))
            {
                // An item of a dash list ("5.2 ——") is cited by its clause.
                var clause = hit.Clause.Replace(" ——", "");
                if (!found.Any(f => f.Standard == hit.Standard && f.Clause == clause))
                    found.Add(new EvidenceClause(hit.Standard, hit.StandardTitle, clause, hit.Text));
            }
        }
        return found.Take(PerCriterion).ToList();
    }
}

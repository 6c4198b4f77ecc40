using Lucene.Net.Index;
using Lucene.Net.Search;
using StdKit.Search.Analysis;
using StdKit.Search.Index;

namespace StdKit.Search.Highlighting;

/// <summary>
/// Marks what a query matched in a clause text without the Highlighter package: the rewritten query's terms are
/// collected, the stored text is analysed again with the index chain, and the tokens whose term is among them give
/// character ranges, merged where they overlap (bigrams 质量 [0,2) and 量管 [1,3) mark [0,3)) or are only joined by
/// a separator (GB/T 19001—2016).
/// </summary>
public static class MatchHighlighter
{
    private const string Joiners = "/-—–.:· ";

    /// <summary>The terms of the body field that a query (rewritten by <paramref name="searcher"/>) can match.</summary>
    public static HashSet<string> Terms(IndexSearcher searcher, Lucene.Net.Search.Query query)
    {
        var terms = new HashSet<Term>();
        searcher.Rewrite(query).ExtractTerms(terms);
        return terms.Where(t => t.Field == ClauseFields.Body).Select(t => t.Text).ToHashSet(StringComparer.Ordinal);
    }

    public static IReadOnlyList<TextRange> Ranges(string text, IReadOnlySet<string> terms)
    {
        var ranges = new List<TextRange>();
        if (terms.Count == 0) return ranges;
        var matched = AnalyzedToken.Read(ChineseAnalyzer.Index, ClauseFields.Body, text)
            .Where(t => terms.Contains(t.Term))
            .OrderBy(t => t.Start);
        foreach (var token in matched)
        {
            if (ranges.Count > 0 && Joins(text, ranges[^1].End, token.Start))
                ranges[^1] = new TextRange(ranges[^1].Start, Math.Max(ranges[^1].End, token.End));
            else ranges.Add(new TextRange(token.Start, token.End));
        }
        return ranges;
    }

    private static bool Joins(string text, int end, int start) =>
        start <= end || (start - end == 1 && Joiners.Contains(text[end]));
}

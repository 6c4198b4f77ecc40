using Lucene.Net.Index;
using StdKit.Search.Analysis;

namespace StdKit.Search.Index;

/// <summary>
/// How many clauses have a term of the body field — which characters, which two side by side — remembered for as long
/// as the reader is open: splitting a query into words asks for dozens of them, mostly the same from one search to the
/// next, and a reader's counts never change.
/// </summary>
internal static class BodyFrequencies
{
    /// <summary>More terms than queries ask for in a long day; beyond it the counts are forgotten and read
    /// again.</summary>
    private const int MaxTerms = 200_000;

    private static readonly ReaderMemo<int> Counts = new(MaxTerms);

    /// <summary>The count of each term, folded as the index folds it, in <paramref name="reader"/>.</summary>
    public static Func<string, int> Of(IndexReader reader)
    {
        var counts = Counts.Of(reader);
        return term => counts.Get(term,
            t => reader.DocFreq(new Term(ClauseFields.Body, SimplifiedFolding.FoldLower(t))));
    }
}

using Lucene.Net.Index;
using StdKit.Search.Analysis;

namespace StdKit.Search.Index;

/// <summary>
/// How many clauses have a term of the body field — which characters, which two side by side — remembered for as long
/// as the reader is open: splitting a query into words asks for dozens of them, mostly the same from one search to the
/// next, and a reader's counts never change. A count is read from the term's state (<see cref="TermStates"/>), which
/// the query then takes as it is: a pair is looked up in the dictionary once, not once to split and once to search.
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
            t => TermStates.Of(reader, new Term(ClauseFields.Body, SimplifiedFolding.FoldLower(t))).DocFreq);
    }
}

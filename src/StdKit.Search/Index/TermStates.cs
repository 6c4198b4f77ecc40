using Lucene.Net.Index;

namespace StdKit.Search.Index;

/// <summary>
/// Where each term stands in a reader's term dictionary, looked up once and kept for the reader's life. Lucene looks
/// a term up for every query that names it, each time through a term enumerator of its own with kilobytes of
/// buffers, and a search names a dozen terms in two fields: that was a fifth of what a search allocated.
/// </summary>
internal static class TermStates
{
    /// <summary>More terms than a long day asks for; beyond it the states are forgotten and looked up again.</summary>
    private const int MaxTerms = 50_000;

    private static readonly ReaderMemo<TermContext> States = new(MaxTerms);

    /// <summary>The term's state in each segment of <paramref name="reader"/>, with its document frequency.</summary>
    public static TermContext Of(IndexReader reader, Term term) =>
        States.Of(reader).Get(term.Field + "\u0000" + term.Text, _ => TermContext.Build(reader.Context, term));
}

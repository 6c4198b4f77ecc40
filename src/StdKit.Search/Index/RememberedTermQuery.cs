using Lucene.Net.Index;
using Lucene.Net.Search;

namespace StdKit.Search.Index;

/// <summary>
/// A term query that takes its term's place in the dictionary from <see cref="TermStates"/> rather than looking it up
/// again: on a rewrite it becomes the plain query with the state, equal to it in every other way.
/// </summary>
internal sealed class RememberedTermQuery(Term term) : TermQuery(term)
{
    public RememberedTermQuery(string field, string text) : this(new Term(field, text))
    {
    }

    public override Lucene.Net.Search.Query Rewrite(IndexReader reader) =>
        new TermQuery(Term, TermStates.Of(reader, Term)) { Boost = Boost };
}

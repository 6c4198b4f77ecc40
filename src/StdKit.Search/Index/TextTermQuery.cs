using Lucene.Net.Index;
using Lucene.Net.Search;

namespace StdKit.Search.Index;

/// <summary>
/// A term of the query in a clause's text, or in the title and headings above a table row at a lower weight: the
/// better of the two counts, and a little of the other, so that a clause that says the words ranks above the rows of
/// a table whose title has them. A query of one such term is answered from its champion list
/// (<see cref="ChampionLists"/>).
/// </summary>
public sealed class TextTermQuery : DisjunctionMaxQuery
{
    /// <summary>What a term in a heading counts for, against the same term in the text.</summary>
    internal const float HeadingWeight = 0.3f;

    /// <summary>How much of the lesser match counts beside the better.</summary>
    private const float Tie = 0.3f;

    public TextTermQuery(string term) : base(Tie)
    {
        Text = term;
        Add(new TermQuery(new Term(ClauseFields.Body, term)));
        Add(new TermQuery(new Term(ClauseFields.Heading, term)) { Boost = HeadingWeight });
    }

    /// <summary>The term, as the body and heading fields hold it.</summary>
    public string Text { get; }

    /// <summary>
    /// The text alone where no heading has the term — most terms, in a collection with few tables: a disjunction of
    /// one walks its postings through a heap for every clause. The score is the same: the better of one match and
    /// nothing of the other. Both terms come with their places in the dictionary (<see cref="TermStates"/>).
    /// </summary>
    public override Lucene.Net.Search.Query Rewrite(IndexReader reader)
    {
        var (body, heading) = (new Term(ClauseFields.Body, Text), new Term(ClauseFields.Heading, Text));
        var inBody = new TermQuery(body, TermStates.Of(reader, body));
        var inHeadings = TermStates.Of(reader, heading);
        if (inHeadings.DocFreq == 0)
        {
            inBody.Boost = Boost;
            return inBody;
        }
        var either = new DisjunctionMaxQuery(Tie) { Boost = Boost };
        either.Add(inBody);
        either.Add(new TermQuery(heading, inHeadings) { Boost = HeadingWeight });
        return either;
    }
}

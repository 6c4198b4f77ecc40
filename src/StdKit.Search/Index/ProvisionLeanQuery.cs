using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace StdKit.Search.Index;

/// <summary>
/// A query whose matches of one provision type (a question about obligations: requirements) count
/// <paramref name="bonus"/> more, as an optional query of that type would add: the type of each match is read from the
/// arrays of its segment (<see cref="SegmentFacets"/>), where that query would walk the postings of most clauses beside
/// the matches — a third of the time of a question at a million clauses.
/// </summary>
internal sealed class ProvisionLeanQuery(Lucene.Net.Search.Query inner, string provision, float bonus)
    : Lucene.Net.Search.Query
{
    public override Weight CreateWeight(IndexSearcher searcher) => new LeanWeight(this, inner.CreateWeight(searcher));

    public override Lucene.Net.Search.Query Rewrite(IndexReader reader) =>
        inner.Rewrite(reader) is var rewritten && !ReferenceEquals(rewritten, inner)
            ? new ProvisionLeanQuery(rewritten, provision, bonus) { Boost = Boost }
            : this;

    public override void ExtractTerms(ISet<Term> terms) => inner.ExtractTerms(terms);

    public override string ToString(string field) => $"({inner.ToString(field)}) provision:{provision}+{bonus}";

    public override bool Equals(object? obj) => obj is ProvisionLeanQuery other && other.Boost == Boost
        && other.Inner.Equals(inner) && other.Provision == provision && other.Bonus == bonus;

    public override int GetHashCode() => HashCode.Combine(inner, provision, bonus, Boost);

    private Lucene.Net.Search.Query Inner => inner;

    private string Provision => provision;

    private float Bonus => bonus;

    private sealed class LeanWeight(ProvisionLeanQuery query, Weight inner) : Weight
    {
        private float _bonus = query.Bonus;

        public override Lucene.Net.Search.Query Query => query;

        public override float GetValueForNormalization() =>
            inner.GetValueForNormalization() * query.Boost * query.Boost + _bonus * _bonus;

        /// <summary>As a constant-score query of weight <see cref="Bonus"/> beside the inner one would be.</summary>
        public override void Normalize(float norm, float topLevelBoost)
        {
            inner.Normalize(norm, topLevelBoost * query.Boost);
            _bonus = query.Bonus * norm * topLevelBoost * query.Boost;
        }

        public override Scorer? GetScorer(AtomicReaderContext context, IBits acceptDocs)
        {
            if (inner.GetScorer(context, acceptDocs) is not { } scorer) return null;
            var facets = SegmentFacets.Of(context.AtomicReader);
            var ordinal = Array.IndexOf(facets.Names[FacetCounter.ProvisionField], query.Provision);
            return ordinal < 0 ? scorer : new LeanScorer(this, scorer, facets.Documents, ordinal, _bonus);
        }

        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            var explanation = inner.Explain(context, doc);
            if (!explanation.IsMatch) return explanation;
            var leaning = SegmentFacets.Of(context.AtomicReader).Value(FacetCounter.ProvisionField, doc)
                == query.Provision;
            var sum = new ComplexExplanation(true, explanation.Value + (leaning ? _bonus : 0), "sum of:");
            sum.AddDetail(explanation);
            if (leaning) sum.AddDetail(new Explanation(_bonus, $"provision {query.Provision}"));
            return sum;
        }
    }

    private sealed class LeanScorer(Weight weight, Scorer inner, DocumentFacets[] documents, int ordinal, float bonus)
        : Scorer(weight)
    {
        public override int DocID => inner.DocID;

        public override int Freq => inner.Freq;

        public override int NextDoc() => inner.NextDoc();

        public override int Advance(int target) => inner.Advance(target);

        public override long GetCost() => inner.GetCost();

        public override float GetScore() =>
            inner.GetScore() + (documents[inner.DocID].Ordinals[FacetCounter.ProvisionField] == ordinal ? bonus : 0);
    }
}

using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace StdKit.Search.Index;

/// <summary>
/// Where the full evaluation of a query is kept in a file (<see cref="ChampionLists"/>): every clause it finds, in
/// the order of the index, with its score — fixed-width entries of a document number and a score, so that a search
/// can jump to any of them.
/// </summary>
internal sealed record ScoredList(IndexInput Input, long Start, int Count)
{
    private const int EntrySize = 2 * sizeof(int);

    /// <summary>Moves <paramref name="input"/> to entry <paramref name="entry"/> and reads its document.</summary>
    public int Document(IndexInput input, int entry)
    {
        input.Seek(Start + (long)entry * EntrySize);
        return input.ReadInt32();
    }

    /// <summary>The score of the entry whose document was read last.</summary>
    public static float Score(IndexInput input) => BitConverter.Int32BitsToSingle(input.ReadInt32());

    /// <summary>The first entry of [<paramref name="from"/>, <paramref name="to"/>) whose document is at least
    /// <paramref name="doc"/>; <paramref name="to"/> if none is.</summary>
    public int FirstAtLeast(IndexInput input, int from, int to, int doc)
    {
        while (from < to)
        {
            var middle = (int)(((uint)from + (uint)to) >> 1);
            if (Document(input, middle) < doc) from = middle + 1;
            else to = middle;
        }
        return from;
    }
}

/// <summary>
/// A word with its synonyms, or a very common term, evaluated once when the index was committed: scored from its
/// list instead of by walking the postings of every alternative, which for a word in half the clauses (企业 |
/// 服务对象 | 客户) took most of the time of any query that has it beside a few other words. It scores as the query
/// it stands for: BM25 scores grow in proportion to the weight a query gets from the queries around it, so the kept
/// score times that weight is the score the query would have. It prints as that query, so that the champion list of
/// the query alone still answers it.
/// </summary>
internal sealed class ScoredListQuery(Lucene.Net.Search.Query original, ScoredList list) : Lucene.Net.Search.Query
{
    public override Weight CreateWeight(IndexSearcher searcher) => new ListWeight(this);

    public override void ExtractTerms(ISet<Term> terms) => original.ExtractTerms(terms);

    public override string ToString(string field) => original.ToString(field);

    public override bool Equals(object? obj) =>
        obj is ScoredListQuery other && other.Boost == Boost && original.Equals(other.Original);

    public override int GetHashCode() => HashCode.Combine(original, Boost);

    private Lucene.Net.Search.Query Original => original;

    private ScoredList List => list;

    private sealed class ListWeight(ScoredListQuery query) : Weight
    {
        private float _weight = query.Boost;

        public override Lucene.Net.Search.Query Query => query;

        public override float GetValueForNormalization() => _weight * _weight;

        public override void Normalize(float norm, float topLevelBoost) => _weight = query.Boost * topLevelBoost;

        public override Scorer GetScorer(AtomicReaderContext context, IBits acceptDocs)
        {
            var list = query.List;
            var input = (IndexInput)list.Input.Clone();
            var first = list.FirstAtLeast(input, 0, list.Count, context.DocBase);
            var end = list.FirstAtLeast(input, first, list.Count, context.DocBase + context.AtomicReader.MaxDoc);
            return new ListScorer(this, list, input, (first, end), context.DocBase, acceptDocs, _weight);
        }

        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            var scorer = GetScorer(context, context.AtomicReader.LiveDocs);
            return scorer.Advance(doc) == doc
                ? new Explanation(scorer.GetScore(), $"{query}, kept score times {_weight}")
                : new ComplexExplanation(false, 0, $"{query} does not find the clause");
        }
    }

    /// <summary>The entries of one segment: documents as the segment numbers them.</summary>
    private sealed class ListScorer(Weight weight, ScoredList list, IndexInput input, (int First, int End) entries,
        int docBase, IBits? acceptDocs, float boost) : Scorer(weight)
    {
        private readonly int _end = entries.End;
        private int _entry = entries.First - 1;
        private int _doc = -1;
        private float _score;

        public override int DocID => _doc;

        public override int Freq => 1;

        public override float GetScore() => _score * boost;

        public override long GetCost() => entries.End - entries.First;

        public override int NextDoc() => MoveTo(_entry + 1);

        /// <summary>Jumps of growing length until one lands on or past the target, then a binary search over the
        /// last jump: a few reads whether the target is near or far.</summary>
        public override int Advance(int target)
        {
            var (from, to, step) = (_entry + 1, _entry + 1, 1);
            while (to < _end && list.Document(input, to) < docBase + target)
            {
                from = to + 1;
                to += step;
                step <<= 1;
            }
            return MoveTo(list.FirstAtLeast(input, from, Math.Min(to, _end), docBase + target));
        }

        /// <summary>The first entry from <paramref name="entry"/> on that the search accepts.</summary>
        private int MoveTo(int entry)
        {
            for (_entry = entry; _entry < _end; _entry++)
            {
                var doc = list.Document(input, _entry) - docBase;
                if (acceptDocs is not null && !acceptDocs.Get(doc)) continue;
                _score = ScoredList.Score(input);
                return _doc = doc;
            }
            return _doc = NO_MORE_DOCS;
        }
    }
}

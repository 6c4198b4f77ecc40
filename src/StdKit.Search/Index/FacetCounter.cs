using System.Buffers;
using System.Numerics;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace StdKit.Search.Index;

/// <summary>How many matching clauses fall in each layer, standard, agency and provision type, and how many distinct
/// clauses they are once the copies in several agencies' systems count once. Standards: the
/// <see cref="FacetCounter.MaxStandards"/> with the most matches, each count exact.</summary>
public sealed record FacetTally(int Total, int Distinct, IReadOnlyDictionary<string, int> Layers,
    IReadOnlyDictionary<string, int> Standards, IReadOnlyDictionary<string, int> Agencies,
    IReadOnlyDictionary<string, int> Provisions)
{
    /// <summary>The four facets in the order of <see cref="FacetCounter.Fields"/>.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, int>> All => [Layers, Standards, Agencies, Provisions];

    public static FacetTally Of(int total, int distinct, IReadOnlyList<IReadOnlyDictionary<string, int>> facets) =>
        new(total, distinct, facets[0], facets[1], facets[2], facets[3]);
}

/// <summary>
/// Counts the facets of every match while the same pass ranks them (wrapped with the ranking collector in a
/// <see cref="MultiCollector"/>), from the doc values of the segment held in arrays (<see cref="SegmentFacets"/>; no
/// Facet package here): per segment a tally per field indexed by ordinal and a bit per copy group, turned into names
/// and a count when the search ends. In an index of one segment — what a rebuild leaves — the standards with the
/// most hits are chosen by ordinal, and only they are named: a common word has hits in thousands of standards.
/// </summary>
public sealed class FacetCounter : ICollector
{
    /// <summary>A search page and the text output show the first few standards; the JSON shows this many.</summary>
    public const int MaxStandards = 200;

    public static readonly string[] Fields =
        [ClauseFields.LayerFacet, ClauseFields.StandardFacet, ClauseFields.AgencyFacet, ClauseFields.ProvisionFacet];

    /// <summary>Where each field stands in <see cref="Fields"/>.</summary>
    internal const int LayerField = 0, StandardField = 1, AgencyField = 2, ProvisionField = 3, FieldCount = 4;

    private readonly List<SegmentTally> _segments = [];
    private SegmentTally? _current;
    private int _total;
    private int _own;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context) =>
        _segments.Add(_current = new SegmentTally(SegmentFacets.Of(context.AtomicReader)));

    public void Collect(int doc)
    {
        _total++;
        var segment = _current!;
        ref var row = ref segment.Facets.Documents[doc];
        for (var f = 0; f < FieldCount; f++)
            if (row.Ordinals[f] is var ord and >= 0) segment.Counts[f][ord]++;
        // A clause outside a system is its own; copies count once, by their group.
        if (row.CopyGroup is var group and >= 0) segment.Copies[group >> 6] |= 1UL << group;
        else _own++;
    }

    /// <summary>The counts of everything collected; the counter is spent.</summary>
    public FacetTally Tally()
    {
        try
        {
            var facets = Enumerable.Range(0, FieldCount)
                .Select(f => (IReadOnlyDictionary<string, int>)Named(f, f == StandardField ? MaxStandards : null))
                .ToList();
            return FacetTally.Of(_total, _own + Copies(), facets);
        }
        finally
        {
            foreach (var segment in _segments) segment.Return();
            _segments.Clear();
        }
    }

    /// <summary>The copy groups met: counted from the bits in one segment, by key across several.</summary>
    private int Copies() => _segments.Count == 1
        ? _segments[0].CopiesMet()
        : _segments.SelectMany(s => s.GroupsMet().Select(g => s.Facets.CopyKeys[g])).Distinct().Count();

    /// <summary>The values of field <paramref name="field"/> met with their counts, at most <paramref name="max"/> of
    /// them (those with the most).</summary>
    private Dictionary<string, int> Named(int field, int? max)
    {
        if (_segments.Count == 1)
        {
            var (counts, names) = (_segments[0].Counts[field], _segments[0].Facets.Names[field]);
            var ordinals = max is { } most ? Most(counts.AsSpan(0, names.Length), most)
                : Enumerable.Range(0, names.Length).Where(o => counts[o] > 0).ToList();
            return ordinals.ToDictionary(o => names[o], o => counts[o], StringComparer.Ordinal);
        }
        var merged = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var segment in _segments)
        {
            var (counts, names) = (segment.Counts[field], segment.Facets.Names[field]);
            for (var o = 0; o < names.Length; o++)
                if (counts[o] > 0) merged[names[o]] = merged.GetValueOrDefault(names[o]) + counts[o];
        }
        return max is { } limit && merged.Count > limit ? Most(merged, limit) : merged;
    }

    /// <summary>The <paramref name="max"/> values with the most hits, ties by value.</summary>
    internal static Dictionary<string, int> Most(Dictionary<string, int> counts, int max = MaxStandards)
    {
        var names = counts.Keys.Order(StringComparer.Ordinal).ToArray();
        var ordered = names.Select(n => counts[n]).ToArray();
        return Most(ordered, max).ToDictionary(o => names[o], o => ordered[o], StringComparer.Ordinal);
    }

    /// <summary>
    /// The ordinals of the <paramref name="max"/> largest counts, ties by ordinal — by value, as doc values number
    /// them. Only the count of the last one kept is looked for (a heap of <paramref name="max"/>), then the counts
    /// are read once more: no sort.
    /// </summary>
    private static List<int> Most(ReadOnlySpan<int> counts, int max)
    {
        var largest = new PriorityQueue<int, int>(max);
        foreach (var count in counts)
            if (count == 0) continue;
            else if (largest.Count < max) largest.Enqueue(count, count);
            else if (count > largest.Peek()) largest.EnqueueDequeue(count, count);
        var least = largest.Count < max ? 1 : largest.Peek();
        var ties = max;
        foreach (var count in counts)
            if (count > least) ties--;
        var most = new List<int>(max);
        for (var o = 0; o < counts.Length; o++)
            if (counts[o] > least || counts[o] == least && ties-- > 0) most.Add(o);
        return most;
    }

    /// <summary>The tallies of one segment, in arrays rented for the search.</summary>
    private sealed class SegmentTally
    {
        public SegmentTally(SegmentFacets facets)
        {
            Facets = facets;
            // Rented, and so maybe not cleared: a field may have thousands of values, each search allocating them.
            Counts = facets.Names.Select(names =>
            {
                var counts = ArrayPool<int>.Shared.Rent(names.Length);
                Array.Clear(counts, 0, names.Length);
                return counts;
            }).ToArray();
            _words = (facets.CopyKeys.Length + 63) / 64;
            Copies = ArrayPool<ulong>.Shared.Rent(_words);
            Array.Clear(Copies, 0, _words);
        }

        private readonly int _words;

        public SegmentFacets Facets { get; }

        /// <summary>Per field, the count of each ordinal.</summary>
        public int[][] Counts { get; }

        /// <summary>A bit per copy group met.</summary>
        public ulong[] Copies { get; }

        public int CopiesMet()
        {
            var met = 0;
            foreach (var word in Copies.AsSpan(0, _words)) met += BitOperations.PopCount(word);
            return met;
        }

        public IEnumerable<int> GroupsMet() =>
            Enumerable.Range(0, Facets.CopyKeys.Length).Where(g => (Copies[g >> 6] & (1UL << g)) != 0);

        public void Return()
        {
            foreach (var counts in Counts) ArrayPool<int>.Shared.Return(counts);
            ArrayPool<ulong>.Shared.Return(Copies);
        }
    }
}

using System.Buffers;
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
/// Facet package here): per segment a tally per field indexed by ordinal, turned into names when the segment ends.
/// Only the ordinals met are turned: a field may have thousands of values (one per standard) and a search few hits.
/// </summary>
public sealed class FacetCounter : ICollector
{
    /// <summary>A search page and the text output show the first few standards; the JSON shows this many.</summary>
    public const int MaxStandards = 200;

    public static readonly string[] Fields =
        [ClauseFields.LayerFacet, ClauseFields.StandardFacet, ClauseFields.AgencyFacet, ClauseFields.ProvisionFacet];

    /// <summary>Where each field stands in <see cref="Fields"/>.</summary>
    internal const int LayerField = 0, StandardField = 1, AgencyField = 2, ProvisionField = 3, FieldCount = 4;

    private readonly Dictionary<string, int>[] _counts =
        Fields.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
    private readonly HashSet<long> _copyKeys = [];
    private readonly int[][] _tallies = new int[Fields.Length][];
    private readonly List<int>[] _met = Fields.Select(_ => new List<int>()).ToArray();
    private SegmentFacets? _segment;
    private int _total;
    private int _own;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        _segment = SegmentFacets.Of(context.AtomicReader);
        for (var f = 0; f < Fields.Length; f++)
        {
            // Rented, and so maybe not cleared: a field may have thousands of values, each search allocating them.
            var length = _segment.Names[f].Length;
            _tallies[f] = ArrayPool<int>.Shared.Rent(length);
            Array.Clear(_tallies[f], 0, length);
        }
    }

    public void Collect(int doc)
    {
        _total++;
        ref var row = ref _segment!.Documents[doc];
        for (var f = 0; f < FieldCount; f++)
            if (row.Ordinals[f] is var ord and >= 0 && _tallies[f][ord]++ == 0) _met[f].Add(ord);
        // Only a clause of an agency's system has copies; one outside a system is its own, without a set to look in.
        if (row.Ordinals[AgencyField] >= 0) _copyKeys.Add(row.CopyKey);
        else _own++;
    }

    /// <summary>The counts of everything collected.</summary>
    public FacetTally Tally()
    {
        Flush();
        var standards = _counts[StandardField].Count <= MaxStandards ? _counts[StandardField]
            : Most(_counts[StandardField]);
        return new FacetTally(_total, _own + _copyKeys.Count, _counts[0], standards, _counts[2], _counts[3]);
    }

    /// <summary>
    /// The <see cref="MaxStandards"/> values with the most hits, ties by value. Only those at least as common as the
    /// last of them are sorted: a common word has hits in thousands of standards.
    /// </summary>
    internal static Dictionary<string, int> Most(Dictionary<string, int> counts)
    {
        var largest = new PriorityQueue<int, int>(MaxStandards);
        foreach (var count in counts.Values)
            if (largest.Count < MaxStandards) largest.Enqueue(count, count);
            else if (count > largest.Peek()) largest.EnqueueDequeue(count, count);
        var least = largest.Peek();
        return counts.Where(c => c.Value >= least)
            .OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(MaxStandards)
            .ToDictionary(StringComparer.Ordinal);
    }

    private void Flush()
    {
        if (_segment is null) return;
        for (var f = 0; f < Fields.Length; f++)
        {
            foreach (var ord in _met[f])
            {
                var name = _segment.Names[f][ord];
                _counts[f][name] = _counts[f].GetValueOrDefault(name) + _tallies[f][ord];
            }
            _met[f].Clear();
            ArrayPool<int>.Shared.Return(_tallies[f]);
        }
        _segment = null;
    }
}

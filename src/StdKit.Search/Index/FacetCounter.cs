using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace StdKit.Search.Index;

/// <summary>How many matching clauses fall in each layer, standard, agency and provision type, and how many distinct
/// clauses they are once the copies in several agencies' systems count once.</summary>
public sealed record FacetTally(int Total, int Distinct, IReadOnlyDictionary<string, int> Layers,
    IReadOnlyDictionary<string, int> Standards, IReadOnlyDictionary<string, int> Agencies,
    IReadOnlyDictionary<string, int> Provisions);

/// <summary>
/// Counts facets over every match of a query in one pass of doc values (no Facet package here): per segment an array
/// per field indexed by ordinal, turned into names when the segment ends.
/// </summary>
public sealed class FacetCounter : ICollector
{
    private static readonly string[] Fields =
        [ClauseFields.LayerFacet, ClauseFields.StandardFacet, ClauseFields.AgencyFacet, ClauseFields.ProvisionFacet];

    private readonly Dictionary<string, int>[] _counts = Fields.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
    private readonly HashSet<long> _keys = [];
    private SortedDocValues?[] _values = new SortedDocValues?[Fields.Length];
    private int[][] _ordinals = new int[Fields.Length][];
    private NumericDocValues? _copyKeys;
    private int _total;

    public static FacetTally Count(IndexSearcher searcher, Lucene.Net.Search.Query query, Filter? filter)
    {
        var counter = new FacetCounter();
        searcher.Search(query, filter, counter);
        counter.Flush();
        return new FacetTally(counter._total, counter._keys.Count, counter._counts[0], counter._counts[1],
            counter._counts[2], counter._counts[3]);
    }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        for (var f = 0; f < Fields.Length; f++)
        {
            _values[f] = context.AtomicReader.GetSortedDocValues(Fields[f]);
            _ordinals[f] = new int[_values[f]?.ValueCount ?? 0];
        }
        _copyKeys = context.AtomicReader.GetNumericDocValues(ClauseFields.CopyKey);
    }

    public void Collect(int doc)
    {
        _total++;
        for (var f = 0; f < Fields.Length; f++)
            if (_values[f] is { } values && values.GetOrd(doc) is var ord and >= 0) _ordinals[f][ord]++;
        if (_copyKeys is not null) _keys.Add(_copyKeys.Get(doc));
    }

    private void Flush()
    {
        var term = new BytesRef();
        for (var f = 0; f < Fields.Length; f++)
        {
            if (_values[f] is not { } values) continue;
            for (var ord = 0; ord < _ordinals[f].Length; ord++)
            {
                if (_ordinals[f][ord] == 0) continue;
                values.LookupOrd(ord, term);
                var name = term.Utf8ToString();
                _counts[f][name] = _counts[f].GetValueOrDefault(name) + _ordinals[f][ord];
            }
            _values[f] = null;
        }
    }
}

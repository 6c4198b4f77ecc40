using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace StdKit.Search.Index;

/// <summary>
/// What a search reads of every document of one segment besides its postings and the values of its hits — its facet
/// ordinals with their names, its copy key and its standard's title — read from its doc values into arrays the first
/// time a search needs them and kept while the segment is open: reading a hit's values is then an array access, where
/// reading doc values through a file each time took much of the time of a search. What counting reads of a document
/// is one row, so that a hit costs one miss of the processor's cache, not one per field.
/// </summary>
internal sealed class SegmentFacets
{
    private static readonly ConditionalWeakTable<object, SegmentFacets> Cache = new();

    /// <summary>Each document's facet ordinals and copy key.</summary>
    public DocumentFacets[] Documents { get; }

    /// <summary>Per field of <see cref="FacetCounter.Fields"/>, the value of each ordinal.</summary>
    public string[][] Names { get; }

    /// <summary>The copy key of each copy group (<see cref="DocumentFacets.CopyGroup"/>).</summary>
    public long[] CopyKeys { get; }

    private readonly int[] _titleOrdinals;
    private readonly string[] _titles;

    private SegmentFacets(AtomicReader reader)
    {
        var values = FacetCounter.Fields.Select(reader.GetSortedDocValues).ToArray();
        var copyKeys = reader.GetNumericDocValues(ClauseFields.CopyKey);
        Documents = new DocumentFacets[reader.MaxDoc];
        var groups = new Dictionary<long, int>();
        for (var doc = 0; doc < Documents.Length; doc++)
        {
            ref var row = ref Documents[doc];
            for (var f = 0; f < values.Length; f++) row.Ordinals[f] = values[f]?.GetOrd(doc) ?? -1;
            row.CopyKey = copyKeys?.Get(doc) ?? 0;
            // Only a clause of an agency's system has copies.
            row.CopyGroup = row.Ordinals[FacetCounter.AgencyField] < 0 ? -1
                : groups.TryGetValue(row.CopyKey, out var group) ? group : groups[row.CopyKey] = groups.Count;
        }
        CopyKeys = new long[groups.Count];
        foreach (var (key, group) in groups) CopyKeys[group] = key;
        Names = values.Select(NamesOf).ToArray();
        var titles = HitFields.StandardTitles(reader);
        (_titleOrdinals, _titles) = titles is null ? (new int[reader.MaxDoc], [""])
            : (Enumerable.Range(0, reader.MaxDoc).Select(titles.GetOrd).ToArray(), NamesOf(titles));
    }

    /// <summary>The value of field <paramref name="field"/> of <see cref="FacetCounter.Fields"/> of document
    /// <paramref name="doc"/>; null where it has none.</summary>
    public string? Value(int field, int doc) =>
        Documents[doc].Ordinals[field] is var ord and >= 0 ? Names[field][ord] : null;

    /// <summary>The title of the standard that holds document <paramref name="doc"/>.</summary>
    public string StandardTitle(int doc) => _titleOrdinals[doc] is var ord and >= 0 ? _titles[ord] : "";

    private static string[] NamesOf(SortedDocValues? values) => values is null ? []
        : Enumerable.Range(0, values.ValueCount).Select(ord =>
        {
            var term = new BytesRef();
            values.LookupOrd(ord, term);
            return term.Utf8ToString();
        }).ToArray();

    /// <summary>The arrays of <paramref name="reader"/>'s segment, which its reopened readers share.</summary>
    public static SegmentFacets Of(AtomicReader reader) =>
        Cache.GetValue(reader.CoreCacheKey, _ => new SegmentFacets(reader));

    /// <summary>The arrays of the segment that holds document <paramref name="doc"/> of <paramref name="reader"/>,
    /// and the document's number in it.</summary>
    public static (SegmentFacets Segment, int Doc) At(IndexReader reader, int doc)
    {
        var leaf = reader.Leaves[ReaderUtil.SubIndex(doc, reader.Leaves)];
        return (Of(leaf.AtomicReader), doc - leaf.DocBase);
    }
}

/// <summary>A document's ordinal in each field of <see cref="FacetCounter.Fields"/>, -1 for none.</summary>
[InlineArray(FacetCounter.FieldCount)]
internal struct FacetOrdinals
{
    private int _first;
}

/// <summary>What counting reads of one document: its facet ordinals, its copy key
/// (<see cref="ClauseFields.CopyKey"/>), and the number of that key among the segment's, -1 for a clause outside an
/// agency's system: the copies a search met are counted in a set of bits, not a set of keys.</summary>
internal struct DocumentFacets
{
    public FacetOrdinals Ordinals;
    public long CopyKey;
    public int CopyGroup;
}

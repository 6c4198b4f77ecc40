using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace StdKit.Search.Index;

/// <summary>
/// What a search reads of every document of one segment besides its postings and the values of its hits — its copy
/// key, its facet ordinals with their names and its standard's title — read from its doc values into arrays the first
/// time a search needs them and kept while the segment is open: reading a hit's values is then an array access, where
/// reading doc values through a file each time took much of the time of a search.
/// </summary>
internal sealed class SegmentFacets
{
    private static readonly ConditionalWeakTable<object, SegmentFacets> Cache = new();

    /// <summary>Per field of <see cref="FacetCounter.Fields"/>, each document's ordinal (-1 for none); null where no
    /// document of the segment has the field.</summary>
    public int[]?[] Ordinals { get; }

    /// <summary>Per field of <see cref="FacetCounter.Fields"/>, the value of each ordinal.</summary>
    public string[][] Names { get; }

    /// <summary>Each document's copy key (<see cref="ClauseFields.CopyKey"/>).</summary>
    public long[] CopyKeys { get; }

    private readonly int[] _titleOrdinals;
    private readonly string[] _titles;

    private SegmentFacets(AtomicReader reader)
    {
        var values = FacetCounter.Fields.Select(reader.GetSortedDocValues).ToArray();
        Ordinals = values.Select(v => v is null ? null : OrdinalsOf(reader, v)).ToArray();
        Names = values.Select(NamesOf).ToArray();
        CopyKeys = Numbers(reader, ClauseFields.CopyKey);
        var titles = HitFields.StandardTitles(reader);
        (_titleOrdinals, _titles) = titles is null ? (new int[reader.MaxDoc], [""]) : (OrdinalsOf(reader, titles),
            NamesOf(titles));
    }

    /// <summary>The value of field <paramref name="field"/> of <see cref="FacetCounter.Fields"/> of document
    /// <paramref name="doc"/>; null where it has none.</summary>
    public string? Value(int field, int doc) =>
        Ordinals[field] is { } ordinals && ordinals[doc] is var ord and >= 0 ? Names[field][ord] : null;

    /// <summary>The title of the standard that holds document <paramref name="doc"/>.</summary>
    public string StandardTitle(int doc) => _titleOrdinals[doc] is var ord and >= 0 ? _titles[ord] : "";

    private static int[] OrdinalsOf(AtomicReader reader, SortedDocValues values) =>
        Enumerable.Range(0, reader.MaxDoc).Select(values.GetOrd).ToArray();

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

    private static long[] Numbers(AtomicReader reader, string field) => reader.GetNumericDocValues(field) is { } values
        ? Enumerable.Range(0, reader.MaxDoc).Select(d => values.Get(d)).ToArray()
        : new long[reader.MaxDoc];
}

using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace StdKit.Search.Index;

/// <summary>
/// What a search reads of every document of one segment besides its postings and stored fields — its copy key and its
/// facet ordinals with their names — read from its doc values into arrays the first time a search needs them and
/// kept while the segment is open: reading a hit's values is then an array access, where reading doc values (from
/// files, through SimpleFSDirectory) took much of the time of a search.
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

    private SegmentFacets(AtomicReader reader)
    {
        var values = FacetCounter.Fields.Select(reader.GetSortedDocValues).ToArray();
        Ordinals = values.Select(v => v is null ? null : Enumerable.Range(0, reader.MaxDoc).Select(v.GetOrd).ToArray())
            .ToArray();
        Names = values.Select(v => v is null ? [] : Enumerable.Range(0, v.ValueCount).Select(ord =>
        {
            var term = new BytesRef();
            v.LookupOrd(ord, term);
            return term.Utf8ToString();
        }).ToArray()).ToArray();
        CopyKeys = Numbers(reader, ClauseFields.CopyKey);
    }

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

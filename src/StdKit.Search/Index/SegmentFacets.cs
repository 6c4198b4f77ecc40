using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace StdKit.Search.Index;

/// <summary>
/// The facet ordinals and copy keys of one segment, read from its doc values into arrays the first time a search
/// counts in it and kept while the segment is open: counting a match is then an array increment, where reading doc
/// values (from files, through SimpleFSDirectory) took most of the time of a search with many matches.
/// </summary>
internal sealed class SegmentFacets
{
    private static readonly ConditionalWeakTable<object, SegmentFacets> Cache = new();

    /// <summary>Per field of <see cref="FacetCounter.Fields"/>, each document's ordinal (-1 for none); null where no
    /// document of the segment has the field.</summary>
    public int[]?[] Ordinals { get; }

    /// <summary>Each document's copy key; null where no document of the segment belongs to an agency's
    /// system.</summary>
    public long[]? CopyKeys { get; }

    private SegmentFacets(AtomicReader reader, int agencyField)
    {
        Ordinals = FacetCounter.Fields.Select(field => reader.GetSortedDocValues(field) is { } values
            ? Enumerable.Range(0, reader.MaxDoc).Select(values.GetOrd).ToArray()
            : null).ToArray();
        if (Ordinals[agencyField] is not null && reader.GetNumericDocValues(ClauseFields.CopyKey) is { } keys)
            CopyKeys = Enumerable.Range(0, reader.MaxDoc).Select(d => keys.Get(d)).ToArray();
    }

    /// <summary>The arrays of <paramref name="reader"/>'s segment, which its reopened readers share.</summary>
    public static SegmentFacets Of(AtomicReader reader, int agencyField) =>
        Cache.GetValue(reader.CoreCacheKey, _ => new SegmentFacets(reader, agencyField));
}

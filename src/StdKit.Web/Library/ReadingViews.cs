using System.Collections.Concurrent;
using StdKit.Search.Records;
using StdKit.Web.Access;
using StdKit.Web.Rendering;

namespace StdKit.Web.Library;

/// <summary>
/// The body of each reading view, rendered once per standard and view for the generation served: its links and
/// citation counts come from the knowledge base, so a node that moves to a newer generation renders them again. A body
/// is kept per access key, as its links and citation counts show only what its reader may open.
/// </summary>
public sealed class ReadingViews
{
    private readonly ConcurrentDictionary<(string Number, ReadingMode Mode, string Access), Lazy<RenderedStandard>>
        _views = new();
    private long _generation = -1;

    /// <summary>How many bodies are kept for the generation served.</summary>
    public int Count => _views.Count;

    /// <summary>The body of a standard in a view, as <paramref name="access"/> may see it: links to the cited
    /// standards it may open and citation counts of what it may read.</summary>
    public RenderedStandard Body(KnowledgeBaseAccess kb, ReadStandard read, ReadingMode mode, AccessPolicy access) =>
        Get(kb.Generation, read.Listed.Number, mode, access.Key, () => StandardHtml.Write(read.Standard,
            new ReadingContext(read.Listed.Number, mode,
                typed => kb.Read(k => k.CitedStandard(DocumentKey.Of(typed))) is { } cited && access.MayRead(cited)
                    ? Links.Standard(cited.Number) : null,
                kb.Read(k => k.CitationCounts(read.Listed.Number, access.Scope)), read.Findings)));

    public RenderedStandard Get(long generation, string number, ReadingMode mode, string access,
        Func<RenderedStandard> render)
    {
        if (Interlocked.Exchange(ref _generation, generation) != generation) _views.Clear();
        return _views.GetOrAdd((number, mode, access), _ => new Lazy<RenderedStandard>(render)).Value;
    }
}

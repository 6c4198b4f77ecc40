using System.Collections.Concurrent;
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

    public RenderedStandard Get(long generation, string number, ReadingMode mode, string access,
        Func<RenderedStandard> render)
    {
        if (Interlocked.Exchange(ref _generation, generation) != generation) _views.Clear();
        return _views.GetOrAdd((number, mode, access), _ => new Lazy<RenderedStandard>(render)).Value;
    }
}

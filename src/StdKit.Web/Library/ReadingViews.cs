using System.Collections.Concurrent;
using StdKit.Web.Rendering;

namespace StdKit.Web.Library;

/// <summary>
/// The body of each reading view, rendered once per standard and view: the content and the knowledge base it is
/// rendered from do not change while the server runs (a new index is served by a restart). A body is kept per
/// access key, as its links and citation counts show only what its reader may open.
/// </summary>
public sealed class ReadingViews
{
    private readonly ConcurrentDictionary<(string Number, ReadingMode Mode, string Access), Lazy<RenderedStandard>>
        _views = new();

    public RenderedStandard Get(string number, ReadingMode mode, string access, Func<RenderedStandard> render) =>
        _views.GetOrAdd((number, mode, access), _ => new Lazy<RenderedStandard>(render)).Value;
}

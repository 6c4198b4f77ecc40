using StdKit.Web.Library;
using StdKit.Web.Rendering;

namespace StdKit.Tests.Web;

/// <summary>A reading view is kept for the generation it was rendered from, and rendered again for a newer one.</summary>
public sealed class ReadingViewsTests
{
    [Fact]
    public void A_view_is_rendered_once_per_generation()
    {
        var views = new ReadingViews();
        var renders = 0;
        RenderedStandard Render() => new($"<p>{++renders}</p>", new HashSet<string>());

        var first = views.Get(1, "T/TEST 001—2025", ReadingMode.Full, "public", Render);
        var again = views.Get(1, "T/TEST 001—2025", ReadingMode.Full, "public", Render);
        var newer = views.Get(2, "T/TEST 001—2025", ReadingMode.Full, "public", Render);

        Assert.Same(first, again);
        Assert.Equal("<p>2</p>", newer.Html);
        Assert.Equal(2, renders);
    }
}

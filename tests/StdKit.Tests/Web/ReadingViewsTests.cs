using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using StdKit.Web.Library;
using StdKit.Web.Rendering;

namespace StdKit.Tests.Web;

/// <summary>A reading view is kept for the generation it was rendered from, and rendered again for a newer one; the
/// server renders them all once it has started.</summary>
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

    [Fact]
    public async Task Every_reading_view_is_rendered_after_the_server_starts_before_anybody_asks()
    {
        await using var workbench = new Workbench(Support.Repository.Content);
        var views = workbench.Server.Services.GetRequiredService<ReadingViews>();
        List<string> numbers;
        using (var kb = workbench.Database.Open()) numbers = kb.Standards().Select(s => s.Number).ToList();
        var clock = Stopwatch.StartNew();
        while (views.Count < numbers.Count && clock.Elapsed < TimeSpan.FromMinutes(1)) await Task.Delay(50);
        Assert.Equal(numbers.Count, views.Count);
        // Asked now, each page finds its body rendered for the reader: nothing more is rendered.
        foreach (var number in numbers)
            (await workbench.Client.GetAsync(Links.Standard(number))).EnsureSuccessStatusCode();
        Assert.Equal(numbers.Count, views.Count);
    }
}

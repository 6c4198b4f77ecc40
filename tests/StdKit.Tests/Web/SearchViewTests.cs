using StdKit.Search;
using StdKit.Web.Routes;

namespace StdKit.Tests.Web;

/// <summary>The standards filter of the search page: each choice can be told from the others.</summary>
public sealed class SearchViewTests
{
    [Fact]
    public void Standards_that_share_a_title_are_labelled_with_their_numbers()
    {
        // The same standard in two agencies' systems: one title, a number from each system.
        IReadOnlyList<FacetCount> standards =
            [new("Q/YNSME 20101—2025", "服务质量规范", 9), new("Q/GZSME 301—2025", "服务质量规范", 5),
                new("T/CASME 001—2024", "服务评价", 3)];

        var labels = SearchView.StandardFacets(standards).Select(f => f.Label).ToList();

        Assert.Equal(["Q/YNSME 20101—2025　服务质量规范", "Q/GZSME 301—2025　服务质量规范", "服务评价"], labels);
    }

    [Fact]
    public void The_filter_offers_the_standards_with_the_most_hits()
    {
        var standards = Enumerable.Range(1, 20).Select(i => new FacetCount($"T/X {i}—2025", $"标准{i}", 30 - i)).ToList();

        Assert.Equal(SearchView.StandardFacetCount, SearchView.StandardFacets(standards).Count);
    }
}

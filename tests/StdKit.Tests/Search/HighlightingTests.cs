using StdKit.Search.Highlighting;

namespace StdKit.Tests.Search;

public sealed class HighlightingTests
{
    private static string Marked(string text, params string[] terms) =>
        Snippet.Mark(text, MatchHighlighter.Ranges(text, terms.ToHashSet()), width: 200, open: "[", close: "]");

    [Fact]
    public void Overlapping_bigrams_mark_one_run()
    {
        Assert.Equal("确定[质量管理]体系的范围", Marked("确定质量管理体系的范围", "质量", "量管", "管理"));
    }

    [Fact]
    public void Every_occurrence_is_marked()
    {
        Assert.Equal("[范围]：确定其[范围]", Marked("范围：确定其范围", "范围"));
    }

    [Fact]
    public void A_document_number_is_marked_across_its_separators()
    {
        Assert.Equal("应符合[GB/T 19001—2016]的规定", Marked("应符合GB/T 19001—2016的规定", "gb", "t", "19001", "2016"));
    }

    [Fact]
    public void Full_width_text_is_marked_where_it_stands()
    {
        var text = "满意度８０％以上";
        var range = Assert.Single(MatchHighlighter.Ranges(text, new HashSet<string> { "80" }));
        Assert.Equal("８０", text[range.Start..range.End]);
    }

    [Fact]
    public void A_long_text_is_cut_to_the_window_with_the_matches()
    {
        var text = new string('甲', 300) + "质量管理" + new string('乙', 300);
        var snippet = Snippet.Mark(text, MatchHighlighter.Ranges(text, new HashSet<string> { "质量", "量管", "管理" }), width: 40);
        Assert.StartsWith("…", snippet);
        Assert.EndsWith("…", snippet);
        Assert.Contains("【质量管理】", snippet);
        Assert.Equal(40 + 2 + 2, snippet.Length);
    }
}

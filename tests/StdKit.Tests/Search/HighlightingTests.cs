using StdKit.Search.Analysis;
using StdKit.Search.Highlighting;
using StdKit.Search.Index;

namespace StdKit.Tests.Search;

/// <summary>Marks read from the postings of a real index, each clause made for one case.</summary>
public sealed class HighlightingTests : SearchContent
{
    public HighlightingTests()
    {
        WriteStandard("h.md", "T/TEST 003—2025", "标记", """
            # 要求

            ##
            确定质量管理体系的范围。

            ##
            范围：确定其范围。

            ##
            质量管理体系的质量目标和管理评审应每年进行。

            ##
            质量管理体系　要求应形成文件。

            ##
            应符合GB/T 19001—2016的规定，该规定于2016年发布。

            ##
            满意度８０％以上。

            ##
            應建立質量管理體系。
            """);
        Index();
    }

    private string Marked(string query, string clause) =>
        Search(query).Hits.Where(h => h.Clause == clause).Select(h => Snippet.Mark(h.Text, h.Highlights, width: 200, open: "[", close: "]")).Single();

    [Fact]
    public void Overlapping_bigrams_mark_one_run()
    {
        Assert.Equal("确定[质量管理体系]的范围。", Marked("质量管理体系", "1.1"));
    }

    [Fact]
    public void Every_occurrence_is_marked()
    {
        Assert.Equal("[范围]：确定其[范围]。", Marked("范围", "1.2"));
    }

    [Theory]
    [InlineData("\"质量管理\"")]
    [InlineData("质量管理")]
    public void A_phrase_is_marked_where_it_stands_whole_not_its_words_elsewhere(string query)
    {
        Assert.Equal("[质量管理]体系的质量目标和管理评审应每年进行。", Marked(query, "1.3"));
    }

    [Fact]
    public void A_phrase_typed_with_a_space_is_marked_where_its_terms_stand_in_sequence()
    {
        Assert.Equal("[质量管理体系]的质量目标和管理评审应每年进行。", Marked("\"质量管理 体系\"", "1.3"));
    }

    [Fact]
    public void Words_matched_apart_are_marked_one_by_one()
    {
        Assert.Equal("[质量管理体系]　[要求]应形成文件。", Marked("质量管理体系要求", "1.4"));
    }

    [Fact]
    public void A_document_number_is_marked_across_its_separators_and_its_year_alone_is_not()
    {
        Assert.Equal("应符合[GB/T 19001—2016]的规定，该规定于2016年发布。", Marked("GB/T 19001-2016", "1.5"));
    }

    [Fact]
    public void Full_width_text_is_marked_where_it_stands()
    {
        Assert.Equal("满意度[８０％]以上。", Marked("80%", "1.6"));
    }

    [Theory]
    [InlineData("质量管理体系")]
    [InlineData("質量管理體系")]
    public void Traditional_and_simplified_characters_find_each_other(string query)
    {
        Assert.Equal("應建立[質量管理體系]。", Marked(query, "1.7"));
        Assert.Contains(Search(query).Hits, h => h.Clause == "1.1");
    }

    [Fact]
    public void A_run_of_bigrams_reads_only_those_that_cover_it()
    {
        var tokens = AnalyzedToken.Read(ChineseAnalyzer.Query, ClauseFields.Body, "质量管理体系");
        Assert.Equal(["质量", "管理", "体系"], MarkPattern.Of(tokens, sequenceOnly: false).Tokens.Select(t => t.Term));
    }

    [Fact]
    public void A_long_text_is_cut_to_the_window_with_the_matches()
    {
        var text = new string('甲', 300) + "质量管理" + new string('乙', 300);
        var snippet = Snippet.Mark(text, [new TextRange(300, 304)], width: 40);
        Assert.StartsWith("…", snippet);
        Assert.EndsWith("…", snippet);
        Assert.Contains("【质量管理】", snippet);
        Assert.Equal(40 + 2 + 2, snippet.Length);
    }
}

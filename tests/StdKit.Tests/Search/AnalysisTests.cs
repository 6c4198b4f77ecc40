using StdKit.Search.Analysis;
using StdKit.Search.Index;

namespace StdKit.Tests.Search;

public sealed class AnalysisTests
{
    private static List<string> Terms(Lucene.Net.Analysis.Analyzer analyzer, string text, string field = ClauseFields.Body) =>
        AnalyzedToken.Read(analyzer, field, text).Select(t => t.Term).ToList();

    [Fact]
    public void The_index_chain_keeps_every_character_and_every_bigram()
    {
        Assert.Equal(["质", "质量", "量", "量管", "管", "管理", "理"], Terms(ChineseAnalyzer.Index, "质量管理"));
    }

    [Fact]
    public void No_stop_filter_drops_the_T_of_GB_T_or_the_A_of_an_annex_table()
    {
        Assert.Equal(["gb", "t", "19001", "2016"], Terms(ChineseAnalyzer.Index, "GB/T 19001-2016"));
        Assert.Contains("a", Terms(ChineseAnalyzer.Index, "表A.1"));
    }

    [Fact]
    public void Full_width_letters_and_digits_fold_to_half_width()
    {
        Assert.Equal(Terms(ChineseAnalyzer.Index, "GB/T 19001-2016 ERP"), Terms(ChineseAnalyzer.Index, "ＧＢ／Ｔ　１９００１－２０１６　ＥＲＰ"));
    }

    [Theory]
    [InlineData("质量管理体系　要求")]
    [InlineData("ERP咨询服务80％以上")]
    [InlineData("一二、三")]
    [InlineData("钢筋 混凝土")]
    public void Query_tokens_stand_at_the_positions_the_index_gives_them(string text)
    {
        var index = AnalyzedToken.Read(ChineseAnalyzer.Index, ClauseFields.Body, text).Select(t => (t.Term, t.Position)).ToHashSet();
        var query = AnalyzedToken.Read(ChineseAnalyzer.Query, ClauseFields.Body, text);
        Assert.NotEmpty(query);
        Assert.All(query, t => Assert.Contains((t.Term, t.Position), index));
    }

    [Fact]
    public void The_query_chain_asks_for_bigrams_and_keeps_a_lone_character()
    {
        Assert.Equal(["质量", "量管", "管理"], Terms(ChineseAnalyzer.Query, "质量管理"));
        Assert.Equal(["钢"], Terms(ChineseAnalyzer.Query, "钢"));
    }

    [Theory]
    [InlineData("GB/T 19001-2016")]
    [InlineData("GB/T19001—2016")]
    [InlineData("gb/t 19001－2016")]
    [InlineData("ＧＢ／Ｔ　１９００１—２０１６")]
    public void Every_typing_of_a_document_number_is_one_keyword(string typed)
    {
        Assert.Equal(["GB/T19001-2016"], Terms(DocumentNumberAnalyzer.Query, typed, ClauseFields.DocumentNumber));
        Assert.Equal(["GB/T19001-2016", "GB/T19001"], Terms(DocumentNumberAnalyzer.Index, typed, ClauseFields.DocumentNumber));
    }

    [Fact]
    public void An_undated_number_is_the_undated_keyword()
    {
        Assert.Equal(["GB/T19001"], Terms(DocumentNumberAnalyzer.Query, "gb/t 19001", ClauseFields.DocumentNumber));
    }

    [Theory]
    [InlineData("4.3.1", new[] { "4", "4.3", "4.3.1" })]
    [InlineData("A.2", new[] { "a", "a.2" })]
    [InlineData("6.2.1 b)", new[] { "6", "6.2", "6.2.1", "6.2.1.b" })]
    [InlineData("表1", new[] { "表1" })]
    public void A_clause_number_is_indexed_as_its_path(string number, string[] expected)
    {
        Assert.Equal(expected, Terms(ClauseNumberAnalyzer.Index, number, ClauseFields.ClauseNumber));
    }

    [Fact]
    public void A_typed_clause_number_is_one_normalised_term()
    {
        Assert.Equal(["4.3"], Terms(ClauseNumberAnalyzer.Query, "４．３", ClauseFields.ClauseNumber));
        Assert.Equal(["6.2.1.b"], Terms(ClauseNumberAnalyzer.Query, "6.2.1 b）", ClauseFields.ClauseNumber));
    }

    [Theory]
    [InlineData("质量管理体系")]
    [InlineData("質量管理體系")]
    [InlineData("ISO 9001 質量")]
    [InlineData("ＧＢ／Ｔ　服务")]
    [InlineData("ΣΑΣ ǅ Ⅳ Ⓐ")]
    [InlineData("服务，“时限”。")]
    public void A_term_is_folded_and_lowered_as_the_invariant_culture_lowers_it(string text)
    {
        Assert.Equal(SimplifiedFolding.Fold(text).ToLowerInvariant(), SimplifiedFolding.FoldLower(text));
    }

    [Fact]
    public void A_simplified_text_without_letters_is_its_own_folded_form_not_a_copy()
    {
        const string text = "服务时限，5个工作日";
        Assert.Same(text, SimplifiedFolding.FoldLower(text));
    }
}

using StdKit.Model.Diagnostics;
using StdKit.Model.Provisions;
using StdKit.Search;
using StdKit.Search.Query;
using StdKit.Search.Records;

namespace StdKit.Tests.Search;

/// <summary>What a query finds, over one small standard whose clauses each test one kind of query.</summary>
public sealed class QueryTests : SearchContent
{
    public QueryTests()
    {
        WriteStandard("a.md", "T/TEST 001—2025", "服务规范", """
            # 范围

            本文件规定了服务机构质量管理的要求。

            # 规范性引用文件

            下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。

            - [[@GB/T 19001—2016]]

            # 要求

            ## 组织 {#quality}

            ###
            组织应确定质量管理体系的范围。

            ###
            钢筋混凝土结构宜定期检查。

            ###
            质量、管理和体系的记录可分开保存。

            ## 信息化

            ###
            服务机构应提供ERP咨询和CRM系统实施服务。

            ###
            服务满意度应达到80％以上。

            ###
            过程管理应符合[[@GB/T 19001—2016]]中7.5的规定。

            ###
            其他要求见[[quality]]。

            表：评价指标

            | 指标 | 数值 |
            |---|---|
            | 注册资本/万元 | ≥50 |
            """, "system:\n  layer: 服务实施\n  category: 服务实施流程\n");
        WriteStandard("b.md", "T/TEST 002—2025", "档案规范", """
            # 要求

            ## 档案

            服务档案保存期不少于3年。
            """, "system:\n  layer: 服务保障\n  category: 信息\n");
        Index();
    }

    [Fact]
    public void A_single_character_finds_the_clauses_that_contain_it()
    {
        Assert.Equal(["3.1.2"], Numbers("钢"));
    }

    [Fact]
    public void A_quoted_phrase_matches_the_characters_in_sequence_and_not_across_punctuation()
    {
        Assert.Contains("3.1.1", Numbers("\"质量管理体系\""));
        Assert.DoesNotContain("3.1.3", Numbers("“质量管理”"));
        Assert.Contains("3.1.3", Numbers("质量 管理"));
    }

    [Fact]
    public void A_phrase_typed_with_a_space_finds_the_text_written_without_one()
    {
        Assert.Equal(["3.1.2"], Numbers("\"钢筋 混凝土\""));
    }

    [Fact]
    public void Words_need_most_but_not_all_of_their_bigrams()
    {
        Assert.Equal("3.1.1", Numbers("质量管理体系范围")[0]);
        Assert.Equal("3.1.1", Numbers("组织确定质量管理体系的范畴")[0]);
    }

    [Theory]
    [InlineData("GB/T 19001-2016")]
    [InlineData("GB/T19001—2016")]
    [InlineData("gb/t 19001")]
    [InlineData("ＧＢ／Ｔ　１９００１－２０１６")]
    public void A_document_number_typed_any_way_finds_the_clauses_citing_it(string typed)
    {
        var numbers = Numbers(typed);
        Assert.Contains("3.2.3", numbers);
        Assert.Contains("2", numbers);
    }

    [Fact]
    public void A_document_number_and_a_clause_number_find_the_citation_of_that_clause()
    {
        Assert.Equal(["3.2.3"], Numbers("GB/T 19001—2016 7.5"));
    }

    [Fact]
    public void A_clause_number_finds_the_clause_first_then_its_subclauses()
    {
        // A clause with text or subclauses is read through them: its first unit comes first.
        var numbers = Numbers("3.1");
        Assert.StartsWith("3.1", numbers[0]);
        Assert.Contains("3.1.1", numbers);
        Assert.Contains("3.1.3", numbers);
        Assert.DoesNotContain("3.2.1", numbers);
        Assert.Equal("3.1.1", Numbers("3.1.1")[0]);
        Assert.StartsWith("3.", Numbers("第3章")[0]);
    }

    [Theory]
    [InlineData("第 3 章")]
    [InlineData("第　3　章")]
    [InlineData("第 3.1 条")]
    public void A_clause_number_typed_with_spaces_finds_the_clause(string typed)
    {
        Assert.Equal("", QueryText.Parse(typed).Words);
        var numbers = Numbers(typed);
        Assert.NotEmpty(numbers);
        Assert.StartsWith("3.", numbers[0]);
    }

    [Theory]
    [InlineData("80%")]
    [InlineData("80％")]
    [InlineData("８０％")]
    public void A_percentage_is_found_however_the_sign_is_typed(string typed)
    {
        Assert.Equal(["3.2.2"], Numbers(typed));
    }

    [Theory]
    [InlineData("ERP咨询")]
    [InlineData("erp")]
    [InlineData("CRM系统")]
    public void Latin_words_inside_Chinese_text_are_found(string typed)
    {
        Assert.Equal(["3.2.1"], Numbers(typed));
    }

    [Fact]
    public void Table_rows_are_found_by_their_cells()
    {
        var hit = Assert.Single(Search("注册资本").Hits);
        Assert.Equal(("表1", ClauseKind.TableRow, "评价指标"), (hit.Clause, hit.Kind, hit.Title));
    }

    [Fact]
    public void Filters_narrow_by_provision_layer_and_standard()
    {
        Assert.All(Search(new SearchRequest("服务", Provision: ProvisionType.Requirement)).Hits,
            h => Assert.Equal(ProvisionType.Requirement, h.Provision));
        Assert.Equal(["1.1"], Search(new SearchRequest("服务", Layer: "服务保障")).Hits.Select(h => h.Clause));
        Assert.Equal(["1.1"], Search(new SearchRequest("服务", Standard: "t/test 002-2025")).Hits.Select(h => h.Clause));
        Assert.Equal(2, Search(new SearchRequest("服务", Top: 2)).Hits.Count);
    }

    [Fact]
    public void A_hit_carries_what_the_output_shows()
    {
        var hit = Search("ERP咨询").Hits[0];
        Assert.Equal(("T/TEST 001—2025", "服务规范", "3.2.1", "信息化", ProvisionType.Requirement, "服务实施"),
            (hit.Standard, hit.StandardTitle, hit.Clause, hit.Title, hit.Provision, hit.Layer));
        Assert.Equal(["ERP咨询"], hit.Highlights.Select(r => hit.Text[r.Start..r.End]));
    }

    [Theory]
    [InlineData("GB/T")]
    [InlineData("a:b (c [d TO e] {f}")]
    [InlineData("质量^2 ~ * ? \\")]
    [InlineData("-服务 +质量 !管理 && ||")]
    [InlineData("AND OR NOT")]
    [InlineData("/正则/")]
    [InlineData("\"未闭合的引号 服务")]
    [InlineData("（质量）【管理】《体系》")]
    [InlineData("𠀀𠀁字 😀 服务")]
    public void Any_text_is_a_valid_query(string typed)
    {
        var result = Search(typed);
        Assert.True(result.TotalHits >= result.Hits.Count);
    }

    [Theory]
    [InlineData(null, "the query is empty")]
    [InlineData("  \u3000 ", "the query is empty")]
    [InlineData("、，。！？……", "the query has nothing to search for: only punctuation or symbols")]
    public void An_empty_query_or_one_of_punctuation_only_is_refused_with_a_message(string? typed, string message)
    {
        var e = Assert.Throws<UserError>(() => Search(typed!));
        Assert.Equal(message, e.Diagnostics[0].Message);
    }

    [Fact]
    public void An_overlong_query_is_refused_with_a_message()
    {
        var e = Assert.Throws<UserError>(() => Search(new string('质', 10_000)));
        Assert.Equal($"the query has 10000 characters; at most {QueryText.MaxLength} are searched", e.Diagnostics[0].Message);
        Assert.NotEmpty(Search(new string('质', QueryText.MaxLength)).Hits.Select(h => h.Clause).DefaultIfEmpty());
    }

    [Fact]
    public void An_unknown_layer_lists_the_valid_ones()
    {
        var e = Assert.Throws<UserError>(() => Search(new SearchRequest("服务", Layer: "服务层")));
        Assert.Equal(("unknown layer '服务层'", "use one of: 服务保障、服务实施"), (e.Diagnostics[0].Message, e.Diagnostics[0].Fix));
    }

    [Fact]
    public void Unknown_standards_agencies_and_hit_counts_are_refused_with_a_message()
    {
        Assert.Contains("did you mean T/TEST 002—2025?",
            Assert.Throws<UserError>(() => Search(new SearchRequest("服务", Standard: "T/TEST 0002—2025"))).Message);
        Assert.StartsWith("no system of agency 'nobody'",
            Assert.Throws<UserError>(() => Search(new SearchRequest("服务", Agency: "nobody"))).Message);
        Assert.StartsWith("--top 0 is out of range",
            Assert.Throws<UserError>(() => Search(new SearchRequest("服务", Top: 0))).Message);
    }
}

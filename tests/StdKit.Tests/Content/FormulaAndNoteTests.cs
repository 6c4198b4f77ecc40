using StdKit.Content.Markdown;
using StdKit.Generator.Outline;
using StdKit.Model.Body;
using StdKit.Model.Diagnostics;
using StdKit.Model.Wording;
using StdKit.Tests.Support;

namespace StdKit.Tests.Content;

/// <summary>
/// Formulas, keys, table and figure notes and footnotes, footnotes, sub-figures and the index as the content format
/// reads them.
/// </summary>
public sealed class FormulaAndNoteTests : ContentTest
{
    public const string Body = """
        # 范围

        本文件规定了服务满意度的计算方法^[本文件所称服务包括线上服务和线下服务。]。

        # 术语和定义

        下列术语和定义适用于本文件。

        ## 评价周期 | evaluation period

        计算满意度的时间区间。

        ## 办理时限 | time limit

        受理至办结的工作日数。

        ## 服务满意度 | service satisfaction

        顾客对服务的满意程度^[见[[eq-sat]]。]。

        # 计算方法

        服务满意度按[[eq-sat]]计算，权重见[[tab-w]]，流程见[[fig-flow]]。

        $$ S = sum_(i=1)^n (w_i * s_i) / W $$ {#eq-sat}

        式中：

        - S：服务满意度，单位为分；
        - w_i：第i项指标的权重；
        - W：权重之和。

        表：指标权重 {#tab-w}

        | 指标 | 权重^[权重之和为1。] |
        |---|---|
        | 响应速度 | 0.3 |
        | 服务质量^[含服务态度。] | 0.7 |

        注1：权重每年复核一次。

        注2：复核结果在机构网站公布。

        图：服务流程 {#fig-flow}

        - ![受理](flow.png)
        - ![办理](flow.png)

        标引序号说明：

        - 1：受理窗口；
        - 2：办理部门。

        注1：受理窗口按服务类别设置。

        注2：办理部门按职责分工。

        ^[线上受理不设窗口。]

        # 附录（资料性）算例

        算例按[[eq-a]]计算。

        $$ P = (a + b) / 2 $$ {#eq-a}
        """;

    public static string FrontMatter => TempContent.FrontMatter.Replace("title: 测试标准\n", "title: 测试标准\nindex: true\n");

    [Fact]
    public void The_formula_syntax_makes_fractions_scripts_roots_sums_and_visible_brackets()
    {
        var math = FormulaReader.Read("S = sum_(i=1)^n (w_i * s_i) / W", out var error);
        Assert.Null(error);
        var items = Assert.IsType<MathRow>(math).Items;
        Assert.Equal(new MathText("S", MathTextKind.Variable), items[0]);
        Assert.Equal(new MathText("=", MathTextKind.Operator), items[1]);
        var fraction = Assert.IsType<MathFraction>(items[2]);
        var sum = Assert.IsType<MathLargeOperator>(fraction.Numerator);
        Assert.Equal("∑", sum.Symbol);
        Assert.Equal(new MathText("n", MathTextKind.Variable), sum.Upper);
        var body = Assert.IsType<MathFenced>(sum.Body);
        Assert.Contains(new MathText("×", MathTextKind.Operator), Assert.IsType<MathRow>(body.Body).Items);
        Assert.Equal(new MathText("W", MathTextKind.Variable), fraction.Denominator);

        var root = FormulaReader.Read("T = sqrt(t_1^2 + t_2^2) / 2", out error);
        Assert.Null(error);
        var half = Assert.IsType<MathFraction>(Assert.IsType<MathRow>(root).Items[2]);
        var radicand = Assert.IsType<MathRow>(Assert.IsType<MathRoot>(half.Numerator).Radicand);
        Assert.Equal(new MathScripts(new MathText("t", MathTextKind.Variable), new MathText("1", MathTextKind.Number),
            new MathText("2", MathTextKind.Number)), radicand.Items[0]);

        FormulaReader.Read("(a + b / 2", out error);
        Assert.Equal("')' missing", error);
    }

    [Fact]
    public void Numbers_references_notes_footnotes_sub_figures_and_index_come_out_as_GB_T_1_1_numbers_them()
    {
        var standard = Content.Read(Content.Write("std.md", FrontMatter + Body));
        Assert.Equal(
            """
            T/TEST 001—2025　测试标准
            1　范围
              脚注1)　本文件所称服务包括线上服务和线下服务。
            2　术语和定义
              2.1　评价周期　evaluation period
              2.2　办理时限　time limit
              2.3　服务满意度　service satisfaction
            3　计算方法
              公式（1）　S = (∑_(i = 1)^n (w_i × s_i)) / W
                式中：
                  S——服务满意度，单位为分；
                  w_i——第i项指标的权重；
                  W——权重之和。
              表1　指标权重（2行×2列）
                表注1：权重每年复核一次。
                表注2：复核结果在机构网站公布。
                表脚注a　权重之和为1。
                表脚注b　含服务态度。
              图1　服务流程
                a)　受理
                b)　办理
                标引序号说明：
                  1——受理窗口；
                  2——办理部门。
                图注1：受理窗口按服务类别设置。
                图注2：办理部门按职责分工。
                图脚注a　线上受理不设窗口。
            附录A（资料性）算例
              公式（A.1）　P = (a + b) / 2
            索引
              B
                办理时限　2.2
              F
                服务满意度　2.3
              P
                评价周期　2.1

            """.Replace("\r\n", "\n"),
            OutlineWriter.Write(standard));
        var paragraphs = standard.Elements.OfType<Paragraph>().Select(p => p.Text.ToString()).ToList();
        Assert.Contains("服务满意度按公式（1）计算，权重见表1，流程见图1。", paragraphs);
        Assert.Contains("算例按公式（A.1）计算。", paragraphs);
        // The footnote of the definition is the second of running text; its reference inside resolves too.
        var term = standard.Elements.OfType<TermEntry>().Single(t => t.Term == "服务满意度");
        var footnote = Assert.Single(term.Definition.Segments.OfType<Footnote>());
        Assert.Equal("2)", footnote.Label);
        Assert.Equal("见公式（1）。", footnote.Text.ToString());
        Assert.Equal(["办理时限", "服务满意度", "评价周期"],
            IndexEntries.From(standard).SelectMany(g => g.Entries).Select(e => e.Keyword));
    }

    /// <summary>
    /// The 索引 groups keywords under the initial of the pinyin of their first character, across the boundaries of
    /// ICU's pinyin collation (阿/八, 嚓, 丫/帀 …), and Latin keywords under their first letter.
    /// </summary>
    [Theory]
    [InlineData("服务", "F")]
    [InlineData("阿", "A")]
    [InlineData("八", "B")]
    [InlineData("嚓", "C")]
    [InlineData("鞥", "E")]
    [InlineData("嗯", "N")]
    [InlineData("丫", "Y")]
    [InlineData("匝", "Z")]
    [InlineData("做", "Z")]
    [InlineData("质量", "Z")]
    [InlineData("ISO认证", "I")]
    [InlineData("5G网络", "")]
    public void An_index_keyword_goes_under_the_initial_of_its_pinyin(string keyword, string initial) =>
        Assert.Equal(initial, IndexEntries.Initial(keyword));

    [Theory]
    [InlineData("$$ S = (a + b $$", "formula “S = (a + b”: ')' missing")]
    [InlineData("$$ S = a", "a formula without its closing $$")]
    [InlineData("$$ S = a $$\n\n式中：\n\n正文。", "a key line with no list under it")]
    [InlineData("$$ S = a $$\n\n式中：\n\n- S 服务满意度", "a key entry without “：” between the symbol and its explanation")]
    [InlineData("图：流程\n\n正文。", "a figure title with no pictures under it")]
    [InlineData("图：流程\n\n- ![受理](flow.png)", "a figure title with fewer than two sub-figures under it")]
    public void Malformed_formulas_keys_and_sub_figures_are_reported_with_their_line(string body, string message)
    {
        var e = Assert.Throws<UserError>(() => Content.ReadBody("# 范围\n\n" + body + "\n"));
        Assert.Contains(e.Diagnostics,
            d => d.Message.StartsWith(message, StringComparison.Ordinal) && d.Location!.Line >= 7);
    }
}

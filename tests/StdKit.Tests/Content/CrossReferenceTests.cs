using StdKit.Model.Body;
using StdKit.Model.Diagnostics;
using StdKit.Tests.Support;

namespace StdKit.Tests.Content;

public sealed class CrossReferenceTests : ContentTest
{
    private const string Document = """
        # 术语和定义

        下列术语和定义适用于本文件。

        ## 诚信服务 | integrity service {#term-integrity}

        以诚实守信为原则提供的服务。

        # 基本要求 {#ch-basic}

        ## 机构 {#cl-agency}

        ###
        具有独立法人资格。

        ### 制度 {#cl-rules}

        包括：

        1. 机构管理制度；
        2. 服务质量管理制度： {#item-quality}
           1. 控制；
           2. 评价。 {#item-evaluation}

        ## 人员

        ###
        表：人员配置 {#tab-staff}

        | 岗位 | 人数 |
        |---|---|
        | 顾问 | 2 |

        ![服务流程](flow.png) {#fig-flow}

        ###
        REFS

        # 附录（资料性）记录表 {#annex-record}

        表：记录 {#tab-record}

        | a |
        |---|
        | 1 |
        """;

    private string Resolve(string text) =>
        Content.ReadBody(Document.Replace("REFS", text)).Elements.OfType<Clause>()
            .Single(c => c.Number == "2.2.2").Blocks.OfType<Paragraph>().Single().Text.ToString();

    [Theory]
    [InlineData("见[[ch-basic]]", "见第2章")]
    [InlineData("按[[cl-rules]]的规定", "按2.1.2的规定")]
    [InlineData("见[[tab-staff]]", "见表1")]
    [InlineData("见[[fig-flow]]", "见图1")]
    [InlineData("按[[annex-record]]", "按附录A")]
    [InlineData("见[[tab-record]]", "见表A.1")]
    [InlineData("见[[term-integrity]]", "见1.1")]
    [InlineData("见[[item-quality]]", "见2.1.2 b)")]
    [InlineData("见[[item-evaluation]]", "见2.1.2 b) 2)")]
    public void Element_references_print_the_computed_number(string source, string printed) =>
        Assert.Equal(printed, Resolve(source));

    [Theory]
    [InlineData("应符合[[@GB/T 19001—2016]]的规定。", "应符合GB/T 19001—2016的规定。")]
    [InlineData("应符合[[@GB/T 19001-2016]]的规定。", "应符合GB/T 19001—2016的规定。")]
    [InlineData("应符合[[@GB/T19001－2016]]的规定。", "应符合GB/T 19001—2016的规定。")]
    [InlineData("应符合[[@GB/T 19001]]的规定。", "应符合GB/T 19001的规定。")]
    [InlineData("应符合[[@T/TEST 002—2025]]的规定。", "应符合T/TEST 002—2025的规定。")]
    public void Document_references_go_through_the_catalogue(string source, string printed)
    {
        Content.Write("other.md", "---\ntype: group\nnumber: T/TEST 002—2025\ntitle: 另一个标准\n---\n# 范围\n");
        Assert.Equal(printed, Resolve(source));
    }

    [Fact]
    public void An_undated_reference_names_the_latest_edition()
    {
        var citation = Content.ReadBody("# 范围\n\n应符合[[@GB/T 19001]]的规定。\n").Elements.OfType<Paragraph>()
            .Single().Text.Segments.OfType<DocumentCitation>().Single();
        Assert.False(citation.IsDated);
        Assert.Equal("2016", citation.Document!.Number!.Year);
    }

    [Fact]
    public void An_unknown_id_is_an_error_at_its_line_with_a_suggestion()
    {
        var e = Assert.Throws<UserError>(
            () => Content.ReadBody("# 范围 {#scope}\n\n见[[tab-staf]]和\n[[scope]]，另见[[scpe]]。\n"));
        Assert.Equal(2, e.Diagnostics.Count);
        Assert.EndsWith("std.md", e.Diagnostics[0].Location!.File);
        Assert.Equal(8, e.Diagnostics[0].Location!.Line);
        Assert.Contains("unknown reference [[tab-staf]]", e.Diagnostics[0].Message);
        Assert.Equal(9, e.Diagnostics[1].Location!.Line);
        Assert.Contains("did you mean 'scope'", e.Diagnostics[1].Fix);
    }

    [Fact]
    public void An_unknown_document_is_an_error()
    {
        var e = Assert.Throws<UserError>(() => Content.ReadBody("# 范围\n\n应符合[[@GB/T 99999—2020]]的规定。\n"));
        var d = Assert.Single(e.Diagnostics);
        Assert.Equal(8, d.Location!.Line);
        Assert.Contains("unknown document [[@GB/T 99999—2020]]", d.Message);
        Assert.Contains("catalogue.yaml", d.Fix);
    }
}

using StdKit.Content;
using StdKit.Content.Project;
using StdKit.Model.Body;
using StdKit.Model.Diagnostics;
using StdKit.Model.Documents;
using StdKit.Tests.Support;

namespace StdKit.Tests.Content;

public sealed class TemplateTests : ContentTest
{
    [Fact]
    public void Agency_values_fill_front_matter_and_body()
    {
        var path = Content.Write("t.md", """
            ---
            type: enterprise
            number: Q/{{ agency.short_code }} 301—2025
            title: {{ agency.name }}服务规范
            ---
            # 范围

            本文件适用于{{ agency.name }}（{{ agency.region }}）。
            """);
        var standard = Content.Read(path);
        Assert.Equal("Q/TEST 301—2025", standard.Metadata.Number.ToString());
        Assert.Equal("测试服务中心服务规范", standard.Metadata.Title);
        Assert.Equal("本文件适用于测试服务中心（云南省）。", standard.Elements.OfType<Paragraph>().Single().Text.ToString());
    }

    [Fact]
    public void Another_profile_gives_other_values()
    {
        Content.Write("agencies/other.yaml", "name: 另一家机构\nshort-code: OTHER\nregion: 广东省\n");
        var path = Content.Write("t.md", TempContent.FrontMatter + "# 范围\n\n本文件适用于{{ agency.name }}。\n");
        var project = ContentProject.Load(Content.Root);
        var standard = StandardReader.Read(path, project, project.Agency("other"));
        Assert.Equal("本文件适用于另一家机构。", standard.Elements.OfType<Paragraph>().Single().Text.ToString());
    }

    [Fact]
    public void A_field_the_profile_lacks_is_an_error_at_its_line()
    {
        var path = Content.Write("t.md", TempContent.FrontMatter + "# 范围\n\n本文件适用于\n{{ agency.nmae }}。\n");
        var e = Assert.Throws<UserError>(() => Content.Read(path));
        var d = Assert.Single(e.Diagnostics);
        Assert.Equal(path, d.Location!.File);
        Assert.Equal(9, d.Location!.Line);
        Assert.Contains("nmae", d.Message);
    }

    [Fact]
    public void A_template_syntax_error_reports_file_and_line()
    {
        var path = Content.Write("t.md", TempContent.FrontMatter + "# 范围\n\n{{ if agency.region }}\n云南\n");
        var e = Assert.Throws<UserError>(() => Content.Read(path));
        Assert.Equal(8, e.Diagnostics[0].Location!.Line);
        Assert.StartsWith("template error", e.Diagnostics[0].Message);
    }

    [Fact]
    public void Lines_after_a_loop_still_map_to_the_source()
    {
        Content.Write("agencies/sample.yaml", "name: 测试服务中心\nposts:\n" +
            "  - name: 主任\n    level: 决策层\n  - name: 副主任\n    level: 决策层\n  - name: 顾问\n    level: 一般人员\n");
        var path = Content.Write("t.md", TempContent.FrontMatter + """
            # 岗位

            {{~ for post in agency.posts }}
            ## {{ post.name }}
            {{~ end }}

            见[[missing]]。
            """);
        var e = Assert.Throws<UserError>(() => Content.Read(path));
        var d = Assert.Single(e.Diagnostics);
        Assert.Equal(12, d.Location!.Line);

        Content.Write("t.md", File.ReadAllText(path).Replace("见[[missing]]。", ""));
        var standard = Content.Read(path);
        Assert.Equal(["主任", "副主任", "顾问"], standard.Chapters.Single().Clauses.Select(c => c.Title));
        Assert.Equal([9, 9, 9], standard.Chapters.Single().Clauses.Select(c => c.Source.Line));
    }

    [Fact]
    public void Statement_lines_with_whitespace_control_vanish_so_loops_can_make_table_rows()
    {
        Content.Write("agencies/sample.yaml", "name: 测试服务中心\nposts:\n" +
            "  - name: 主任\n    level: 决策层\n  - name: 顾问\n    level: 一般人员\n");
        var path = Content.Write("t.md", TempContent.FrontMatter + """
            # 岗位

            岗位见[[tab-posts]]。

            表：岗位 {#tab-posts}

            | 岗位 | 层级 |
            |---|---|
            {{~ for post in agency.posts ~}}
            | {{ post.name }} | {{ post.level }} |
            {{~ end ~}}

            见[[missing]]。
            """);
        var e = Assert.Throws<UserError>(() => Content.Read(path));
        Assert.Equal(18, e.Diagnostics.Single().Location!.Line);
        Content.Write("t.md", File.ReadAllText(path).Replace("见[[missing]]。", ""));
        var table = Content.Read(path).Elements.OfType<Table>().Single();
        Assert.Equal(["主任", "顾问"], table.Rows.Select(r => r.Cells[0].Text.ToString()));
        Assert.Equal([15, 15], table.Rows.Select(r => r.Source.Line));
    }

    [Fact]
    public void A_file_with_templates_needs_a_profile()
    {
        var path = Content.Write("t.md", TempContent.FrontMatter + "# 范围\n\n{{ agency.name }}\n");
        var e = Assert.Throws<UserError>(() => StandardReader.Read(path, Catalogue.Empty, agency: null));
        Assert.Contains("no agency profile", e.Diagnostics.Single().Message);
    }
}

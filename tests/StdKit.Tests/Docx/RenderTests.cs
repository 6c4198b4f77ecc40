using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using W = DocumentFormat.OpenXml.Wordprocessing;
using StdKit.Generator.Docx;
using StdKit.Generator.Docx.Styles;
using StdKit.Model.Diagnostics;
using StdKit.Tests.Support;

namespace StdKit.Tests.Docx;

public sealed class RenderTests : ContentTest
{
    private static readonly string Picture = Path.Combine(Repository.Content, "drafts", "figures", "db53-figure-1.png");

    private string[] Render(string text, out string output)
    {
        File.Copy(Picture, Path.Combine(Content.Root, "flow.png"), overwrite: true);
        var standard = Content.Read(Content.Write("std.md", text));
        output = Path.Combine(Content.Root, "out", "std.docx");
        DocxRenderer.Render(standard, output);
        using var document = WordprocessingDocument.Open(output, false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        return DocxDump.Lines(document);
    }

    [Fact]
    public void Table_rows_never_split_and_the_header_stays_with_the_first_row()
    {
        Render(TempContent.FrontMatter + """
            # 范围

            表：人员配置

            | 岗位 | 人数 |
            |---|---|
            | 顾问 | 2 |
            | 专员 | 3 |
            | 主管 | 1 |
            """, out var output);
        using var document = WordprocessingDocument.Open(output, false);
        // The rows of the table itself, not of the cover's.
        var rows = document.MainDocumentPart!.Document.Body!.Descendants<W.TableRow>()
            .Where(r => r.Descendants<W.Text>().Any(t => t.Text is "岗位" or "顾问" or "专员" or "主管"))
            .ToList();
        Assert.Equal(4, rows.Count);
        Assert.All(rows, r => Assert.NotNull(r.TableRowProperties?.GetFirstChild<W.CantSplit>()));
        string Style(int row) => rows[row].Descendants<W.ParagraphStyleId>().First().Val!.Value!;
        // Keep-with-next on the header and the first row: the table can break only after its second row.
        Assert.Equal(["TableTextKept", "TableTextKept", "TableText", "TableText"],
            Enumerable.Range(0, 4).Select(Style));
    }

    [Fact]
    public void A_part_documents_preface_names_its_series_and_the_parts_published()
    {
        var lines = Render("""
            ---
            type: group
            number: T/TEST 001.1—2025
            title: 服务机构能力建设　第1部分：评价体系
            parts: [第1部分：评价体系, 第2部分：评价方法]
            ---
            # 范围
            """, out _);
        var preface = lines.SkipWhile(l => l != "[FrontTitle] 前\u3000\u3000言").Skip(2).Take(3).ToList();
        Assert.Equal(
        [
            "[StdParagraph] 本文件是T/TEST 001《服务机构能力建设》的第1部分。T/TEST 001已经发布了以下部分：",
            "[StdParagraph] ——第1部分：评价体系；",
            "[StdParagraph] ——第2部分：评价方法。",
        ], preface);
    }

    [Fact]
    public void Cover_and_body_title_set_each_title_element_on_its_own_line_and_the_cover_prints_no_bare_codes()
    {
        var lines = Render("""
            ---
            type: group
            number: T/TEST 001.1—2025
            title: 中小企业服务机构通用能力建设　第1部分：评价体系
            ---
            # 范围
            """, out _);
        Assert.Contains("      [CoverTitle] 中小企业服务机构通用能力建设⏎第1部分：评价体系", lines);
        Assert.Contains("[BodyTitle] 中小企业服务机构通用能力建设⏎第1部分：评价体系", lines);
        Assert.DoesNotContain(lines, l => l.TrimStart() is "[CoverIcs] ICS" or "[CoverIcs] CCS");
        // The cover title is 170 mm wide like the template's frame: 18 characters of 一号 (26 pt) fit on one line
        // instead of leaving one alone on a second (专精特新中小企业服务机构诚信服务规范).
        var title = StyleSheet.Specs.Single(s => s.Id == StyleIds.CoverTitle);
        Assert.True(StyleSheet.TypeAreaWidth - title.Left!.Value - title.Right!.Value >= 18 * 26 * 20);
        Assert.DoesNotContain(lines, l => l.TrimStart().StartsWith("[CoverIssuer]") && l.Contains("发布"));
    }

    [Fact]
    public void Annexes_figures_tables_notes_and_references_are_laid_out_with_their_numbers()
    {
        var lines = Render(TempContent.FrontMatter + """
            # 范围

            本文件规定了……

            # 要求

            ## 流程

            服务流程见[[fig-flow]]，人员配置见[[tab-staff]]。

            ![服务流程](flow.png) {#fig-flow}

            表：人员配置 {#tab-staff}

            | 岗位 | 人数 |
            |---|---|
            | 顾问 | 2 |
            | ^ | 3 |

            注：人数为最低配置。

            注：兼职人员折半计算。

            示例：顾问2人。

            # 附录（规范性）服务记录 {#annex-record}

            ## 记录内容

            表：记录项

            | 项目 |
            |---|
            | 日期 |

            # 参考文献

            - [[@GB/T 19001—2016]]
            """, out _);
        Assert.Contains("[StdParagraph] 服务流程见图1，人员配置见表1。", lines);
        var figure = Array.IndexOf(lines, "[Figure] <picture>");
        Assert.Equal("[FigureTitle] 图1　服务流程", lines[figure + 1]);
        Assert.Contains("[TableTitle] 表1　人员配置", lines);
        Assert.Contains("  <row header>", lines);
        Assert.Contains("    <cell merge=restart>", lines);
        Assert.Contains("    <cell merge=continue>", lines);
        // Notes right under a table are its table notes, inside its frame.
        Assert.Contains("      [TableNote] 注1：人数为最低配置。", lines);
        Assert.Contains("      [TableNote] 注2：兼职人员折半计算。", lines);
        Assert.Contains("[Example] 示例：顾问2人。", lines);
        Assert.Contains("[AnnexHeading] 附录A⏎（规范性）⏎服务记录", lines);
        Assert.Contains("[Heading2] A.1　记录内容", lines);
        Assert.Contains("[TableTitle] 表A.1　记录项", lines);
        Assert.Contains("[BibliographyEntry] [1]　GB/T 19001—2016　质量管理体系　要求", lines);
        Assert.Contains("[TOC1] 附录A（规范性）　服务记录", lines);
    }

    [Theory]
    [InlineData("national", "GB/T 30001—2025", "中华人民共和国国家标准")]
    [InlineData("local", "DB53/T 1234—2025", "云南省地方标准")]
    [InlineData("group", "T/TEST 001—2025", "团体标准")]
    [InlineData("enterprise", "Q/ABC 101—2025", "企业标准")]
    public void Each_document_type_gets_its_banner(string type, string number, string banner)
    {
        var lines = Render($"---\ntype: {type}\nnumber: {number}\ntitle: 测试\n---\n# 范围\n", out _);
        Assert.Contains($"      [CoverBanner] {banner}", lines);
        Assert.Contains($"      [CoverNumber] {number}", lines);
        if (type == "national") Assert.Contains("      [CoverIssuer] 国家市场监督管理总局⏎国家标准化管理委员会发布", lines);
    }

    [Fact]
    public void An_industry_standard_carries_its_banner_filing_number_and_replaced_line()
    {
        var lines = Render("""
            ---
            type: industry
            number: SB/T 10001—2025
            banner: 中华人民共和国国内贸易行业标准
            replaces:
              - SB/T 10001—2015
            filing-number: 12345—2025
            title: 测试
            title-en: Test
            stage: 送审稿
            draft-date: 2025-05-01
            issuer: 中华人民共和国商务部
            ---
            # 范围
            """, out _);
        Assert.Contains("      [CoverBanner] 中华人民共和国国内贸易行业标准", lines);
        Assert.Contains("            [CoverIcs] 备案号：12345—2025", lines);
        Assert.Contains("      [CoverReplaces] 代替SB/T 10001—2015", lines);
        Assert.Contains("      [CoverStage] （送审稿）", lines);
        Assert.Contains("      [CoverNote] （本草案完成时间：2025-05-01）", lines);
        Assert.Contains("      [CoverNote] 在提交反馈意见时，请将您知道的相关专利连同支持性文件一并附上。", lines);
        Assert.Contains("      [CoverIssuer] 中华人民共和国商务部发布", lines);
        Assert.Contains("[StdParagraph] 本文件代替SB/T 10001—2015。", lines);
        Assert.Contains("[StdParagraph] 本文件及其所代替文件的历次版本发布情况为：SB/T 10001—2015。", lines);
    }

    [Fact]
    public void The_preface_is_composed_in_the_order_of_GB_T_1_1_8_3()
    {
        var lines = Render("""
            ---
            type: group
            number: T/TEST 001—2025
            title: 测试
            adoption: ISO 9001:2015, MOD
            proposer: 甲协会
            administrator: 甲协会
            drafting-units: [甲单位, 乙单位]
            drafters: [张三, 李四]
            ---
            # 前言

            本文件是T/TEST 001《测试》的第1部分。

            # 范围
            """, out _);
        var preface = lines
            .SkipWhile(l => l != "[FrontTitle] 前　　言")
            .Skip(1)
            .TakeWhile(l => l.StartsWith("[StdParagraph]"))
            .ToList();
        Assert.Equal(
        [
            "[StdParagraph] 本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。",
            "[StdParagraph] 本文件是T/TEST 001《测试》的第1部分。",
            "[StdParagraph] 本文件修改采用ISO 9001:2015。",
            "[StdParagraph] 请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。",
            "[StdParagraph] 本文件由甲协会提出并归口。",
            "[StdParagraph] 本文件起草单位：甲单位、乙单位。",
            "[StdParagraph] 本文件主要起草人：张三、李四。",
            "[StdParagraph] 本文件为首次发布。",
        ], preface);
    }

    [Theory]
    [InlineData("![图](missing.png)", 8, "image file not found")]
    [InlineData("![图](std.md)", 8, "is not a PNG or JPEG picture")]
    public void A_bad_image_is_an_error_at_its_line_and_leaves_no_docx(string figure, int line, string message)
    {
        var path = Content.Write("std.md", TempContent.FrontMatter + "# 范围\n\n" + figure + "\n");
        var standard = Content.Read(path);
        var output = Path.Combine(Content.Root, "out", "std.docx");
        var e = Assert.Throws<UserError>(() => DocxRenderer.Render(standard, output));
        Assert.Equal(new SourceLocation(path, line), e.Diagnostics.Single().Location);
        Assert.Contains(message, e.Diagnostics.Single().Message);
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(Content.Root, "out")));
    }

    [Fact]
    public void A_failed_render_leaves_the_previous_file_untouched()
    {
        Render(TempContent.FrontMatter + "# 范围\n", out var output);
        var before = File.ReadAllBytes(output);
        var broken = Content.Read(Content.Write("std.md", TempContent.FrontMatter + "# 范围\n\n![图](missing.png)\n"));
        Assert.Throws<UserError>(() => DocxRenderer.Render(broken, output));
        Assert.Equal(before, File.ReadAllBytes(output));
        Assert.Single(Directory.EnumerateFiles(Path.GetDirectoryName(output)!));
    }
}

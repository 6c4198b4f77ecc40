using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using StdKit.Generator;
using StdKit.Generator.Docx;
using StdKit.Generator.Docx.Layout;
using StdKit.Generator.Pdf;
using StdKit.Tests.Support;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace StdKit.Tests.Pdf;

/// <summary>"表N（续）": a table that crosses a page goes on under a continuation caption and its header again.</summary>
public sealed class TableContinuationTests : ContentTest
{
    private static string LongTable(int rows) => TempContent.FrontMatter + $"""
        # 范围

        表：服务项目清单

        | 序号 | 项目 | 内容 |
        |---|---|---|
        {string.Join("\n", Enumerable.Range(1, rows).Select(i => $"| {i} | 服务项目{i} | 第{i}项服务内容说明。 |"))}

        # 要求

        表：记录项

        | 类别 | 项目 |
        |---|---|
        | 记录 | 甲 |
        | ^ | 乙 |
        | ^ | 丙 |
        """;

    [Fact]
    public void Pdf_destinations_are_read_with_their_pages()
    {
        var pages = PdfDestinations.Parse("""
            Page  Destination                 Name
               5 [ XYZ   90  441 null      ] "5FStdRow1r0"
              12 [ XYZ   88  280 null      ] "5FStdRowAx1r10"
            """);
        Assert.Equal(5, pages["5FStdRow1r0"]);
        Assert.Equal(12, pages["5FStdRowAx1r10"]);
    }

    [Fact]
    public void Only_the_breaks_up_to_the_first_page_Word_broke_by_itself_are_kept()
    {
        // Rows 0–2 on page 5, 3–6 on page 6, 7–8 on page 7; row 3 was already forced onto page 6.
        var marks = new Dictionary<string, int>();
        int[] pages = [5, 5, 5, 6, 6, 6, 6, 7, 7];
        for (var r = 0; r < pages.Length; r++) marks[$"5FStdRowAx1r{r}"] = pages[r];
        marks["5FStdRow2r0"] = 7;
        var forced = new Dictionary<string, IReadOnlySet<int>> { ["A.1"] = new HashSet<int> { 3, 8 } };
        var breaks = TableBreakLocator.Locate(marks, forced);
        Assert.Equal([3, 7], breaks["A.1"].Order());
        Assert.False(breaks.ContainsKey("2"));
    }

    [Fact]
    public void A_measured_break_writes_the_continuation_caption_the_header_and_the_merged_text_again()
    {
        var standard = Content.ReadBody(LongTable(3)[TempContent.FrontMatter.Length..]);
        var output = Path.Combine(Content.Root, "t.docx");
        var layout = new PrintLayout(new Dictionary<string, string>(), new Dictionary<string, IReadOnlySet<int>>
        {
            ["1"] = new HashSet<int> { 2 },
            ["2"] = new HashSet<int> { 1 },
        });
        DocxRenderer.Render(standard, output, layout);
        using var document = WordprocessingDocument.Open(output, false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        var body = document.MainDocumentPart!.Document.Body!;
        var tables = body.Elements<W.Table>().Where(t => t.InnerText.Contains("服务项目") || t.InnerText.Contains("记录"))
            .ToList();
        Assert.Equal(4, tables.Count);
        var captions = tables.Select(t => t.PreviousSibling<W.Paragraph>()!.InnerText).ToList();
        Assert.Equal(["表1\u3000服务项目清单", "表1（续）", "表2\u3000记录项", "表2（续）"], captions);
        Assert.All(tables, t => Assert.True(t.Elements<W.TableRow>().First().TableRowProperties!
            .GetFirstChild<W.TableHeader>() is not null));
        Assert.Equal(["序号项目内容", "3服务项目3第3项服务内容说明。"],
            tables[1].Elements<W.TableRow>().Select(r => r.InnerText));
        // 表2 breaks inside the merged 记录 cell: the continued piece prints 记录 again.
        Assert.Equal(["类别项目", "记录乙", "丙"], tables[3].Elements<W.TableRow>().Select(r => r.InnerText));
    }

    /// <summary>Printed through LibreOffice: every page the table reaches after its first
    /// starts with "表1（续）".</summary>
    [SkippableFact]
    public void A_table_over_three_pages_prints_the_continuation_caption_on_each_later_page()
    {
        ExternalTools.Require("soffice", "libreoffice-writer");
        ExternalTools.Require("pdfinfo", "poppler-utils");
        var standard = Content.Read(Content.Write("std.md", LongTable(90)));
        var docx = Path.Combine(Content.Root, "std.docx");
        var pdf = Path.Combine(Content.Root, "std.pdf");
        Assert.Empty(StandardPublisher.Publish(standard, docx, pdf));
        var pages = PdfText.Pages(pdf).Select(p => p.Replace(" ", "")).ToList();
        var tablePages = pages.Select((text, i) => (text, i)).Where(p => p.text.Contains("第45项")
            || p.text.Contains("第1项") || p.text.Contains("第90项")).Select(p => p.i).ToList();
        var reached = Enumerable.Range(tablePages.Min(), tablePages.Max() - tablePages.Min() + 1).ToList();
        Assert.True(reached.Count >= 3, $"the table should reach three pages, it reaches {reached.Count}");
        Assert.Contains("表1服务项目清单", pages[reached[0]]);
        foreach (var page in reached.Skip(1))
        {
            Assert.Contains("表1（续）", pages[page]);
            Assert.Contains("序号项目内容", pages[page]);
        }
        // Every row printed once, none lost between the pieces.
        var all = string.Concat(pages);
        Assert.All(Enumerable.Range(1, 90), i => Assert.Single(
            System.Text.RegularExpressions.Regex.Matches(all, $"第{i}项服务")));
        // One continuation caption for each later page: no piece was cut short onto a page of its own.
        Assert.Equal(reached.Count - 1, System.Text.RegularExpressions.Regex.Matches(all, "表1（续）").Count);
    }

    /// <summary>The system's 标准明细表 goes through the same layout passes when it is printed in a build.</summary>
    [SkippableFact]
    public void The_standard_list_of_a_built_system_goes_on_under_its_continuation_caption()
    {
        ExternalTools.Require("soffice", "libreoffice-writer");
        ExternalTools.Require("pdfinfo", "poppler-utils");
        var project = StdKit.Content.Project.ContentProject.Load(Repository.Content);
        var plan = new StdKit.Build.SystemPlanner(project).Plan(project.DefaultAgency, pdf: true);
        var list = plan.Outputs.Single(o => o.File == "标准明细表.docx");
        var docx = Path.Combine(Content.Root, "list.docx");
        var pdf = Path.Combine(Content.Root, "list.pdf");
        list.Write(docx);
        Assert.Empty(StandardPublisher.Print([new PrintJob(docx, pdf, list.Printed, list.Relayout)]));
        var pages = PdfText.Pages(pdf).Select(p => p.Replace(" ", "")).Where(p => p.Trim().Length > 0).ToList();
        Assert.True(pages.Count >= 2, "the sample's list should cross a page");
        Assert.Contains("表1标准明细表", pages[0]);
        Assert.All(pages.Skip(1), page => Assert.Contains("表1（续）", page));
        Assert.All(pages.Skip(1), page => Assert.Contains("序号", page));
        using var document = WordprocessingDocument.Open(docx, false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
    }
}

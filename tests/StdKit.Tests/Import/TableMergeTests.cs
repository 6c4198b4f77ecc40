using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using StdKit.Content;
using StdKit.Content.Project;
using StdKit.Generator.Docx;
using StdKit.Generator.Outline;
using StdKit.Import;
using StdKit.Model.Body;
using StdKit.Model.Diagnostics;
using StdKit.Tests.Support;
using StdKit.Web.Rendering;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace StdKit.Tests.Import;

/// <summary>
/// Tables with several header rows and cells merged across rows (^) and columns (&lt;): read from the content
/// format, written to Word (gridSpan, vMerge, tblHeader) and to the reading view (colspan, rowspan), and imported
/// back from Word as they went out; footnotes of running text and of tables come back as ^[text].
/// </summary>
public sealed class TableMergeTests : ContentTest
{
    internal const string Body = """
        # 范围

        本文件规定了服务收费的公示要求^[收费包括会员费和服务费。]。

        # 收费标准

        表：服务费用标准 {#tab-fees}

        | 服务类别 | 收费项目 | 收费标准 | < |
        |---|---|---|---|
        | ^ | ^ | 会员单位 | 非会员单位^[按年度计。] |
        |---|---|---|---|
        | 咨询服务 | 政策咨询 | 免费 | < |
        | ^ | 专项咨询 | 500元/次 | 800元/次 |
        | 培训服务 | 公开课 | 200元/人 | 300元/人 |
        | 合计说明 | < | < | 见[[tab-fees]] |

        注：收费标准每年公示一次。

        """;

    [Fact]
    public void Several_header_rows_and_cells_merged_across_rows_and_columns_are_read()
    {
        var table = Content.ReadBody(Body).Elements.OfType<Table>().Single();
        Assert.Equal(2, table.HeaderRows.Count);
        Assert.Equal(4, table.Rows.Count);
        Assert.Equal([1, 1, 2], new[] { 0, 1, 2 }.Select(table.HeaderRows[0].Span));
        Assert.True(table.HeaderRows[0].Cells[3].MergedLeft);
        Assert.Equal([true, true, false, false], table.HeaderRows[1].Cells.Select(c => c.MergedAbove));
        Assert.Equal(2, table.Rows[0].Span(2));
        Assert.True(table.Rows[1].Cells[0].MergedAbove);
        Assert.Equal(3, table.Rows[3].Span(0));
        Assert.Single(table.Footnotes);
    }

    [Theory]
    [InlineData("| 项目 | 要求 |\n|---|---|\n| ^ | 甲 |\n", "^ in the first row below the header")]
    [InlineData("| 项目 | 要求 |\n|---|---|\n| < | 甲 |\n", "< in the first column")]
    [InlineData("| 项目 | 要求 | 说明 |\n|---|---|---|\n| 甲 | 乙 | < |\n| 丙 | ^ | ^ |\n",
        "under a cell merged to the left")]
    [InlineData("| 项目 | 要求 | 说明 |\n|---|---|---|\n| 甲 | < | 丁 |\n| ^ | 丙 | 丁 |\n",
        "spans 1 columns where that one spans 2")]
    public void A_merge_with_nothing_to_merge_with_is_an_error(string table, string message)
    {
        var e = Assert.Throws<UserError>(() => Content.ReadBody("# 范围\n\n" + table));
        Assert.Contains(e.Diagnostics, d => d.Message.Contains(message));
    }

    [Fact]
    public void An_escaped_mark_is_text()
    {
        var table = Content.ReadBody("# 范围\n\n| 项目 | 要求 |\n|---|---|\n| 甲 | \\^ |\n| 乙 | \\< |\n")
            .Elements.OfType<Table>().Single();
        Assert.Equal(["^", "<"], table.Rows.Select(r => r.Cells[1].Text.ToString()));
        Assert.DoesNotContain(table.Rows.SelectMany(r => r.Cells), c => c.IsMerged);
    }

    [Fact]
    public void Word_gets_grid_spans_vertical_merges_and_repeated_header_rows_and_passes_validation()
    {
        var docx = Path.Combine(Content.Root, "std.docx");
        DocxRenderer.Render(Content.ReadBody(Body), docx);
        using var document = WordprocessingDocument.Open(docx, false);
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document)
            .Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10)));

        var rows = document.MainDocumentPart!.Document.Body!.Descendants<W.Table>()
            .Single(t => t.InnerText.Contains("收费项目")).Elements<W.TableRow>().ToList();
        Assert.Equal([true, true, false], rows.Take(3).Select(r => r.TableRowProperties?.GetFirstChild<W.TableHeader>()
            is not null));
        Assert.Equal([1, 1, 2], Spans(rows[0]));
        Assert.Equal([1, 1, 1, 1], Spans(rows[1]));
        Assert.Equal([3, 1], Spans(rows[5]));
        Assert.Equal(W.MergedCellValues.Restart, Merge(rows[0], 0));
        Assert.Equal(W.MergedCellValues.Continue, Merge(rows[1], 1));
        Assert.Equal(W.MergedCellValues.Restart, Merge(rows[2], 0));
        Assert.Equal(W.MergedCellValues.Continue, Merge(rows[3], 0));
        Assert.Null(Merge(rows[2], 1));
    }

    [Fact]
    public void The_reading_view_spans_rows_and_columns()
    {
        var standard = Content.ReadBody(Body);
        var html = StandardHtml.Write(standard, new ReadingContext(standard.Metadata.Number.ToString(),
            ReadingMode.Full, _ => null, new Dictionary<string, int>(), [])).Html;
        Assert.Contains("<thead><tr><th rowspan=\"2\">服务类别</th><th rowspan=\"2\">收费项目</th>"
            + "<th colspan=\"2\">收费标准</th></tr><tr><th>会员单位</th><th>非会员单位", html);
        Assert.Contains("<tbody><tr><td rowspan=\"2\">咨询服务</td><td>政策咨询</td><td colspan=\"2\">免费</td></tr>", html);
        Assert.Contains("<tr><td colspan=\"3\">合计说明</td>", html);
    }

    [Fact]
    public void A_table_with_merges_and_footnotes_comes_back_from_Word_the_same()
    {
        var original = Content.ReadBody(Body);
        var docx = Path.Combine(Content.Root, "std.docx");
        DocxRenderer.Render(original, docx);
        var result = Importer.Import(docx);
        using var folder = new TempFolder();
        var back = StandardReader.Read(folder.Write("back.md", result.Content), ContentProject.Load(Content.Root));

        Assert.Equal(OutlineWriter.Write(original), OutlineWriter.Write(back));
        Assert.Equal(StandardUnits.Of(original).Select(u => u.ToString()),
            StandardUnits.Of(back).Select(u => u.ToString()));
        Assert.Contains("|---|---|---|---|\n| 咨询服务 |", result.Content);
        Assert.Contains("本文件规定了服务收费的公示要求^[收费包括会员费和服务费。]。", result.Content);
        Assert.Contains("| 非会员单位^[按年度计。] |", result.Content);
        Assert.DoesNotContain(result.Report.Entries, e => e.Kind == ReportKind.Unplaced);
    }

    private static int[] Spans(W.TableRow row) => row.Elements<W.TableCell>()
        .Select(c => c.TableCellProperties?.GridSpan?.Val?.Value ?? 1).ToArray();

    /// <summary>A cell's vertical merge; a merge without a value continues.</summary>
    private static W.MergedCellValues? Merge(W.TableRow row, int cell) => row.Elements<W.TableCell>().ElementAt(cell)
        .TableCellProperties?.VerticalMerge is { } merge ? merge.Val?.Value ?? W.MergedCellValues.Continue : null;
}

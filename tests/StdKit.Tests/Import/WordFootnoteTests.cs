using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using StdKit.Import;

namespace StdKit.Tests.Import;

/// <summary>A Word file written elsewhere: a footnote of running text, and a table footnote as the template writes
/// it — a raised letter in a cell, its text in a 标准文件_图表脚注 paragraph under the table.</summary>
public sealed class WordFootnoteTests
{
    [Fact]
    public void Word_footnotes_and_raised_table_footnote_letters_become_footnotes()
    {
        using var folder = new TempFolder();
        var path = folder.File("notes.docx");
        using (var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(
                NamedStyle("h1", "heading 1"), NamedStyle("tfn", "标准文件_图表脚注"));
            main.AddNewPart<FootnotesPart>().Footnotes = new Footnotes(new Footnote(new Paragraph(
                new Run(new FootnoteReferenceMark()), Text(" 包括线上服务。"))) { Id = 1 });
            main.Document = new Document(new Body(
                Styled("h1", "范围"),
                new Paragraph(Text("本文件规定了服务要求"), Raised(new FootnoteReference { Id = 1 }), Text("。")),
                Styled("h1", "要求"),
                new Table(
                    new TableRow(Cell(Text("项目")), Cell(Text("时限"))),
                    new TableRow(Cell(Text("受理")), Cell(Text("3日"), Raised(new Text("a"))))),
                Styled("tfn", "a\t按工作日计。"),
                Styled("h1", "评价")));
        }

        var result = Importer.Import(path);

        Assert.Contains("本文件规定了服务要求^[包括线上服务。]。", result.Content);
        Assert.Contains("| 受理 | 3日^[按工作日计。] |", result.Content);
        Assert.DoesNotContain("按工作日计。\n", result.Content);
        Assert.DoesNotContain(result.Report.Entries, e => e.Kind == ReportKind.Unplaced);
    }

    private static Style NamedStyle(string id, string name) =>
        new(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };

    private static Paragraph Styled(string style, string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = style }), Text(text));

    private static Run Text(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    private static Run Raised(OpenXmlElement content) =>
        new(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), content);

    private static TableCell Cell(params Run[] runs) => new(new Paragraph(runs));
}

using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using StdKit.Generator.Docx;
using StdKit.Tests.Content;
using StdKit.Tests.Support;
using Om = DocumentFormat.OpenXml.Math;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace StdKit.Tests.Docx;

/// <summary>Formulas as Word equations, keys, table notes and footnotes, footnotes, sub-figures
/// and the 索引 in Word.</summary>
public sealed class FormulaRenderTests : ContentTest
{
    private WordprocessingDocument Render()
    {
        File.Copy(Path.Combine(Repository.Content, "drafts", "figures", "db53-figure-1.png"),
            Path.Combine(Content.Root, "flow.png"));
        var standard = Content.Read(
            Content.Write("std.md", FormulaAndNoteTests.FrontMatter + FormulaAndNoteTests.Body));
        var output = Path.Combine(Content.Root, "std.docx");
        DocxRenderer.Render(standard, output);
        var document = WordprocessingDocument.Open(output, false);
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document)
            .Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10)));
        return document;
    }

    private static List<W.Paragraph> Styled(WordprocessingDocument document, string style) =>
        document.MainDocumentPart!.Document.Body!.Descendants<W.Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == style).ToList();

    [Fact]
    public void A_formula_is_a_native_equation_between_tabs_with_its_number_at_the_right_and_its_key_below()
    {
        using var document = Render();
        var formulas = Styled(document, "Formula");
        Assert.Equal(2, formulas.Count);
        var first = formulas[0];
        var equation = Assert.Single(first.Elements<Om.OfficeMath>());
        var fraction = Assert.Single(equation.Elements<Om.Fraction>());
        Assert.Equal("∑", fraction.Descendants<Om.AccentChar>().Single().Val!.Value);
        Assert.Equal(2, first.Descendants<W.TabChar>().Count());
        Assert.Equal("(1)", first.Elements<W.Run>().Last().InnerText);
        Assert.Equal("(A.1)", formulas[1].Elements<W.Run>().Last().InnerText);
        // Variables italic (no m:sty), numbers and operators upright.
        Assert.All(equation.Descendants<Om.Run>().Where(r => r.InnerText is "=" or "1" or "×"),
            r => Assert.Equal(Om.StyleValues.Plain,
                r.GetFirstChild<Om.RunProperties>()!.GetFirstChild<Om.Style>()!.Val!.Value));
        Assert.Null(equation.Descendants<Om.Run>().First(r => r.InnerText == "S").GetFirstChild<Om.RunProperties>());

        var leads = Styled(document, "KeyLead").Select(p => p.InnerText).ToList();
        Assert.Equal(["式中：", "标引序号说明："], leads);
        var key = Styled(document, "KeyEntry");
        Assert.Equal(5, key.Count);
        // Key symbols are text in the line: italic variables, their index lowered, so the lines keep their height.
        Assert.Equal("S\t——服务满意度，单位为分；", string.Concat(key[0].Elements<W.Run>()
            .Select(r => string.Concat(r.ChildElements.Select(c => c is W.TabChar ? "\t" : c.InnerText)))));
        Assert.Equal([("w", "Variable"), ("i", "VariableSubscript")], key[1].Elements<W.Run>().Take(2)
            .Select(r => (r.InnerText, r.RunProperties!.RunStyle!.Val!.Value!)));
    }

    [Fact]
    public void Table_notes_and_footnotes_sit_in_the_last_row_across_the_table_and_running_footnotes_are_Word_footnotes()
    {
        using var document = Render();
        var table = document.MainDocumentPart!.Document.Body!.Elements<W.Table>()
            .Single(t => t.InnerText.Contains("权重"));
        var last = table.Elements<W.TableRow>().Last();
        var cell = Assert.Single(last.Elements<W.TableCell>());
        Assert.Equal(2, cell.TableCellProperties!.GridSpan!.Val!.Value);
        Assert.Equal(["注1：权重每年复核一次。", "注2：复核结果在机构网站公布。", "a\t权重之和为1。", "b\t含服务态度。"],
            cell.Elements<W.Paragraph>().Select(p => string.Concat(p.Descendants<W.Run>()
                .Select(r => string.Concat(r.ChildElements.Select(c => c is W.TabChar ? "\t" : c.InnerText))))));
        Assert.Contains(table.Descendants<W.Run>(), r => r.InnerText == "a"
            && r.RunProperties?.RunStyle?.Val?.Value == "FootnoteReference");

        var footnotes = document.MainDocumentPart.FootnotesPart!.Footnotes!.Elements<W.Footnote>()
            .Where(f => f.Type is null).ToList();
        // Word's own number, then ")": Word numbers 1, 2 … as the model labels them 1), 2) ….
        Assert.Equal([")本文件所称服务包括线上服务和线下服务。", ")见公式（1）。"], footnotes.Select(f => f.InnerText));
        Assert.All(footnotes, f => Assert.NotNull(f.Descendants<W.FootnoteReferenceMark>().SingleOrDefault()));
        var references = document.MainDocumentPart.Document.Body!.Descendants<W.FootnoteReference>().ToList();
        Assert.Equal(footnotes.Select(f => f.Id!.Value), references.Select(r => r.Id!.Value));
    }

    [Fact]
    public void Sub_figures_print_their_labels_the_key_the_notes_and_footnotes_then_the_title_and_the_index_ends_the_standard()
    {
        using var document = Render();
        var body = document.MainDocumentPart!.Document.Body!.Elements<W.Paragraph>().ToList();
        var texts = body.Select(p => p.InnerText).ToList();
        var a = texts.IndexOf("a)\u3000受理");
        Assert.True(a > 0 && texts[a + 2] == "b)\u3000办理" && texts[a + 3] == "标引序号说明："
            && texts[a + 9] == "图1\u3000服务流程",
            string.Join(" | ", texts.Skip(a - 1).Take(11)));
        // Under the key and above the title (GB/T 1.1 9.7): the figure's notes, numbered, then its lettered footnote.
        Assert.Equal(["注1：受理窗口按服务类别设置。", "注2：办理部门按职责分工。", "a\t线上受理不设窗口。"],
            body.Skip(a + 6).Take(3).Select(p => string.Concat(p.Descendants<W.Run>()
                .Select(r => string.Concat(r.ChildElements.Select(c => c is W.TabChar ? "\t" : c.InnerText))))));
        Assert.Equal(["NoteNumbered", "NoteNumbered", "TableFootnote"],
            body.Skip(a + 6).Take(3).Select(p => p.ParagraphProperties!.ParagraphStyleId!.Val!.Value));
        Assert.Equal("FootnoteReference", body[a + 8].Descendants<W.Run>().First().RunProperties!.RunStyle!.Val!.Value);
        // Pictures, key, notes and footnotes keep with the title: no page break parts a figure from its title.
        Assert.All(body.Skip(a - 1).Take(10), p => Assert.True(p.ParagraphProperties!.KeepNext is not null
            || p.ParagraphProperties.ParagraphStyleId!.Val!.Value is "Figure" or "KeyLead", p.InnerText));
        Assert.Equal(["办理时限2.2", "服务满意度2.3", "评价周期2.1"], Styled(document, "IndexEntry").Select(p => p.InnerText));
        Assert.Equal(["B", "F", "P"], Styled(document, "IndexLetter").Select(p => p.InnerText));
        Assert.Equal(["B", "办理时限2.2", "F", "服务满意度2.3", "P", "评价周期2.1"], document.MainDocumentPart!.Document.Body!
            .Elements<W.Paragraph>().SkipWhile(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value != "IndexTitle")
            .Skip(1).Take(6).Select(p => p.InnerText));
        Assert.Contains(Styled(document, "TOC1"), p => p.InnerText == "索引");
    }
}

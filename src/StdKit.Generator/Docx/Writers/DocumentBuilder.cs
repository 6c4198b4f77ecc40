using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using StdKit.Generator.Docx.Styles;
using Footnote = StdKit.Model.Body.Footnote;
using InlineText = StdKit.Model.Body.InlineText;

namespace StdKit.Generator.Docx.Writers;

/// <summary>Appends styled paragraphs to the document body; every paragraph names a style, runs carry only
/// text.</summary>
public sealed class DocumentBuilder(MainDocumentPart main, string contentFolder)
{
    public MainDocumentPart Main { get; } = main;
    public Body Body { get; } = main.Document.Body!;
    private int _bookmarks;

    /// <summary>A fresh id for a bookmark of this document.</summary>
    public int NextBookmarkId() => _bookmarks++;

    /// <summary>Sets the row marks of one standard apart from another's in a manual ("d3y"); empty alone.</summary>
    public string MarkPrefix { get; set; } = "";

    /// <summary>The 标准汇编 the document is bound in, whose page numbers it prints; null for a document alone.</summary>
    public Layout.Volume? Volume { get; set; }

    /// <summary>
    /// A bookmark in the first paragraph written since the body had <paramref name="from"/> children: the PDF names
    /// the page that paragraph starts.
    /// </summary>
    public void Mark(int from, string name)
    {
        var first = Body.ChildElements.Skip(from)
            .SelectMany(e => e is Paragraph p ? [p] : e.Descendants<Paragraph>()).First();
        var id = NextBookmarkId().ToString();
        first.InsertAfter(new BookmarkStart { Name = name, Id = id }, first.ParagraphProperties);
        first.Append(new BookmarkEnd { Id = id });
    }

    /// <summary>The folder of the content file, against which image paths are resolved.</summary>
    public string ContentFolder { get; } = contentFolder;

    public Paragraph Add(string style, params IEnumerable<OpenXmlElement> runs)
    {
        var paragraph = Styled(style, runs);
        Body.Append(paragraph);
        return paragraph;
    }

    /// <summary>A paragraph in a named style, not yet placed (for table cells).</summary>
    public static Paragraph Styled(string style, params IEnumerable<OpenXmlElement> runs)
    {
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        paragraph.Append(runs);
        return paragraph;
    }

    public static Paragraph Styled(string style, string text) => Styled(style, Text(text));

    public Paragraph Add(string style, string text) => Add(style, Text(text));

    /// <summary>Closes a section: its properties go into the last paragraph of the section.</summary>
    public void EndSection(SectionProperties section)
    {
        // A section ending in a table closes in a paragraph after it; otherwise the table would open the next one.
        var last = Body.LastChild as Paragraph ?? Add(Styles.StyleIds.CoverEnd);
        last.ParagraphProperties!.Append(section);
    }

    public static IEnumerable<Run> Text(string text, string? characterStyle = null)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var run = new Run();
            if (characterStyle is not null) run.Append(new RunProperties(new RunStyle { Val = characterStyle }));
            if (i > 0) run.Append(new Break());
            var cells = lines[i].Split('\t');
            for (var j = 0; j < cells.Length; j++)
            {
                if (j > 0) run.Append(new TabChar());
                if (cells[j].Length > 0) run.Append(new Text(cells[j]) { Space = SpaceProcessingModeValues.Preserve });
            }
            yield return run;
        }
    }

    public static IEnumerable<Run> Text(InlineText text) => Text(text.ToString());

    /// <summary>
    /// Running text with its footnotes: a footnote of running text becomes a Word footnote marked "1)"; one in a table
    /// (<paramref name="inTable"/>) is its letter raised, printed with the table's footnotes under the table.
    /// </summary>
    public IEnumerable<Run> Inline(InlineText text, bool inTable = false)
    {
        var plain = new System.Text.StringBuilder();
        foreach (var segment in text.Segments)
        {
            if (segment is not Footnote footnote)
            {
                plain.Append(segment.Display);
                continue;
            }
            foreach (var run in Text(plain.ToString())) yield return run;
            plain.Clear();
            if (inTable) foreach (var run in Text(footnote.Label, StyleIds.FootnoteReference)) yield return run;
            else foreach (var run in FootnoteReference(footnote)) yield return run;
        }
        foreach (var run in Text(plain.ToString())) yield return run;
    }

    /// <summary>A footnote of a table or a figure, under it: its letter raised, a tab, its text (标准文件_图表脚注).</summary>
    public Paragraph LetteredFootnote(Footnote footnote) => Styled(StyleIds.TableFootnote,
        [.. Text(footnote.Label, StyleIds.FootnoteReference), .. Text("\t"), .. Inline(footnote.Text)]);

    /// <summary>
    /// The footnote's mark in the text, its text at the foot of the page. Word numbers footnotes 1, 2 … through the
    /// document as the model does; its number formats have no "1)", so the ")" follows the number, raised alike, in a
    /// run of its own: LibreOffice takes text in the mark's own run (or after customMarkFollows) for a custom mark and
    /// prints it twice. The foot's paragraph has no hanging indent, to which LibreOffice would pad the number.
    /// </summary>
    private IEnumerable<Run> FootnoteReference(Footnote footnote)
    {
        var part = Main.FootnotesPart ?? CreateFootnotesPart();
        var id = part.Footnotes!.Elements<DocumentFormat.OpenXml.Wordprocessing.Footnote>().Count() - 1;
        part.Footnotes.Append(new DocumentFormat.OpenXml.Wordprocessing.Footnote(
            Styled(StyleIds.FootnoteText, [Mark(new FootnoteReferenceMark()), .. Text(")", StyleIds.FootnoteReference),
                .. Inline(footnote.Text)])) { Id = id });
        return [Mark(new FootnoteReference { Id = id }), .. Text(")", StyleIds.FootnoteReference)];
    }

    private static Run Mark(OpenXmlElement mark) =>
        new(new RunProperties(new RunStyle { Val = StyleIds.FootnoteReference }), mark);

    /// <summary>The footnotes part with Word's two separator footnotes, ids −1 and 0.</summary>
    private FootnotesPart CreateFootnotesPart()
    {
        var part = Main.AddNewPart<FootnotesPart>();
        part.Footnotes = new Footnotes(
            new DocumentFormat.OpenXml.Wordprocessing.Footnote(new Paragraph(new Run(new SeparatorMark())))
                { Type = FootnoteEndnoteValues.Separator, Id = -1 },
            new DocumentFormat.OpenXml.Wordprocessing.Footnote(new Paragraph(new Run(new ContinuationSeparatorMark())))
                { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
        return part;
    }
}

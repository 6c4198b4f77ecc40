using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using InlineText = StdKit.Model.Body.InlineText;

namespace StdKit.Generator.Docx.Writers;

/// <summary>Appends styled paragraphs to the document body; every paragraph names a style, runs carry only text.</summary>
public sealed class DocumentBuilder(MainDocumentPart main, string contentFolder)
{
    public MainDocumentPart Main { get; } = main;
    public Body Body { get; } = main.Document.Body!;
    private int _bookmarks;

    /// <summary>A fresh id for a bookmark of this document.</summary>
    public int NextBookmarkId() => _bookmarks++;

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
        var last = Body.Elements<Paragraph>().LastOrDefault() ?? Add(Styles.StyleIds.Paragraph);
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
}

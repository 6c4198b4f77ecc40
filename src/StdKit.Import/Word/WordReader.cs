using StdKit.Model.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using StdKit.Import.Sources;
using A = DocumentFormat.OpenXml.Drawing;
using V = DocumentFormat.OpenXml.Vml;

namespace StdKit.Import.Word;

/// <summary>
/// Reads the body of a .docx as source blocks: each paragraph with its style name and the label Word's numbering gives
/// it, tables with header rows and merged cells, and the images of the body. Layout tables that carry cover or header
/// styles (the cover of a standard is one) are flattened into their paragraphs.
/// </summary>
internal sealed partial class WordReader
{
    private readonly MainDocumentPart main;
    private readonly WordStyles styles;
    private readonly WordNumbering numbering;
    private readonly WordFootnotes footnotes;
    private readonly List<SourceBlock> blocks = [];
    /// <summary>表脚注 paragraphs under a table, read with it.</summary>
    private readonly HashSet<Paragraph> readWithTable = [];
    private int index;
    /// <summary>Reading a cell of a data table, where a raised letter marks a table footnote.</summary>
    private bool inCell;
    /// <summary>Just after a footnote reference, where StdKit's own files print the ")" of "1)".</summary>
    private bool afterFootnote;

    private WordReader(MainDocumentPart main)
    {
        this.main = main;
        styles = new WordStyles(main.StyleDefinitionsPart);
        numbering = new WordNumbering(main.NumberingDefinitionsPart);
        footnotes = new WordFootnotes(main.FootnotesPart);
    }

    public static IReadOnlyList<SourceBlock> Read(WordprocessingDocument document)
    {
        var reader = new WordReader(document.MainDocumentPart!);
        reader.Container(document.MainDocumentPart!.Document.Body!);
        return reader.blocks;
    }

    private void Container(OpenXmlElement container)
    {
        foreach (var element in container.ChildElements)
            switch (element)
            {
                case Paragraph p when !readWithTable.Contains(p):
                    Paragraph(p, inTable: false);
                    break;
                case Table t:
                    Table(t);
                    break;
                case SdtBlock sdt when sdt.SdtContentBlock is { } content:
                    Container(content);
                    break;
            }
    }

    private void Paragraph(Paragraph p, bool inTable)
    {
        index++;
        var styleId = p.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        var label = Label(p, styleId);
        var text = Text(p);
        if (p.Elements<DocumentFormat.OpenXml.Math.OfficeMath>().Any()) text = Formula(text);
        blocks.Add(new SourceParagraph(index, text, styles.Name(styleId), label, inTable, styleId));
        // Text in text boxes belongs to a drawing: kept as a block of its own so the report can account for it.
        var boxed = string.Join(" ", p.Descendants<TextBoxContent>()
            .Where(t => !t.Ancestors<AlternateContentFallback>().Any())
            .SelectMany(t => t.Elements<Paragraph>()).Select(Text).Where(t => t.Trim().Length > 0));
        if (boxed.Length > 0) blocks.Add(new SourceParagraph(index, boxed, WordVocabulary.TextBox, null, inTable,
            WordVocabulary.TextBox));
        foreach (var image in Images(p)) blocks.Add(image);
    }

    /// <summary>
    /// A paragraph that is an equation and its number, "S = …(1)", becomes "$$ S = … $$" (the number is computed);
    /// a key line, "S——…", stays as it is.
    /// </summary>
    private static string Formula(string text)
    {
        if (text.Contains('—')) return text;
        var equation = FormulaNumber().Replace(text, "").Trim('\t', ' ', '·', '.', '…');
        return $"$$ {equation} $$";
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"[\t ·.…]*[（(]\s*(?:[A-Z]\.)?\d+\s*[)）]\s*$")]
    private static partial System.Text.RegularExpressions.Regex FormulaNumber();

    private string? Label(Paragraph p, string? styleId)
    {
        var direct = p.ParagraphProperties?.NumberingProperties;
        var (styleNum, styleLevel) = styles.Numbering(styleId);
        var numId = direct?.NumberingId?.Val?.Value ?? styleNum;
        var level = direct?.NumberingLevelReference?.Val?.Value ?? styleLevel ?? 0;
        return numId is { } id and not 0 ? numbering.Next(id, level) : null;
    }

    /// <summary>Text, tabs and line breaks in document order, footnotes as ^[text]; not text boxes, not the
    /// fallback copy of drawings.</summary>
    private string Text(OpenXmlElement paragraph)
    {
        var text = new System.Text.StringBuilder();
        Collect(paragraph, text);
        afterFootnote = false;
        return text.ToString();
    }

    private void Collect(OpenXmlElement element, System.Text.StringBuilder text)
    {
        foreach (var child in element.ChildElements)
            switch (child)
            {
                case DocumentFormat.OpenXml.Wordprocessing.Text t:
                    var scrubbed = TextHygiene.Scrub(t.Text);
                    if (afterFootnote && scrubbed.StartsWith(')')) scrubbed = scrubbed[1..];
                    afterFootnote &= scrubbed.Length == 0;
                    text.Append(scrubbed);
                    break;
                case TabChar or PositionalTab:
                    text.Append('\t');
                    break;
                case Break or CarriageReturn:
                    text.Append('\n');
                    break;
                case NoBreakHyphen:
                    text.Append('-');
                    break;
                case FootnoteReference { Id.Value: var id }:
                    text.Append("^[").Append(footnotes.Text(id, Text)).Append(']');
                    afterFootnote = true;
                    break;
                case Run run when inCell && WordFootnotes.IsTableMark(run,
                    styles.Name(run.RunProperties?.RunStyle?.Val?.Value), run.InnerText):
                    text.Append(WordFootnotes.TableMark).Append(run.InnerText);
                    break;
                // The index of a symbol in a key, set as raised or lowered text, is written back as x_i, x^2.
                case Run run when run.RunProperties?.RunStyle?.Val?.Value is "Subscript" or "VariableSubscript":
                    text.Append('_');
                    Collect(run, text);
                    break;
                case Run run when run.RunProperties?.RunStyle?.Val?.Value is "Superscript" or "VariableSuperscript":
                    text.Append('^');
                    Collect(run, text);
                    break;
                case DocumentFormat.OpenXml.Math.OfficeMath math:
                    text.Append(OmmlText.Linear(math));
                    break;
                case TextBoxContent or AlternateContentFallback or DeletedRun or Drawing or Picture:
                    break;
                default:
                    if (child.HasChildren) Collect(child, text);
                    break;
            }
    }

    private IEnumerable<SourceImage> Images(Paragraph p)
    {
        var ids = p.Descendants<A.Blip>().Select(b => b.Embed?.Value)
            .Concat(p.Descendants<V.ImageData>().Select(i => i.RelationshipId?.Value));
        foreach (var id in ids.OfType<string>().Distinct())
        {
            if (main.GetPartById(id) is not ImagePart part) continue;
            using var stream = part.GetStream();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var extension = Path.GetExtension(part.Uri.OriginalString);
            yield return new SourceImage(index, copy.ToArray(), extension.Length > 0 ? extension : ".png");
        }
    }

    private void Table(Table table)
    {
        var paragraphs = table.Descendants<Paragraph>().ToList();
        if (paragraphs.Any(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value is var id
                                && (WordVocabulary.IsLayoutStyle(id) || WordVocabulary.IsLayoutStyle(styles.Name(id)))))
        {
            foreach (var p in paragraphs) Paragraph(p, inTable: true);
            return;
        }
        index++;
        var notes = NotesRow(table);
        var inFrame = notes?.Descendants<Paragraph>().ToList() ?? [];
        var under = table.ElementsAfter().TakeWhile(e => e is Paragraph p && IsTableNote(p)).Cast<Paragraph>()
            .ToList();
        var letters = new Dictionary<Paragraph, string>();
        var texts = new Dictionary<string, string>();
        foreach (var p in inFrame.Concat(under).Where(IsTableNote))
            if (WordFootnotes.TableNote(Text(p), Label(p, p.ParagraphProperties?.ParagraphStyleId?.Val?.Value))
                is var (letter, text) && texts.TryAdd(letter, text)) letters[p] = letter;
        var used = new HashSet<string>();
        var rows = new List<IReadOnlyList<SourceCell>>();
        var headerRows = 0;
        foreach (var row in table.Elements<TableRow>().Where(r => r != notes))
        {
            if (rows.Count == headerRows
                && row.TableRowProperties?.GetFirstChild<TableHeader>() is not null) headerRows++;
            var cells = new List<SourceCell>();
            foreach (var cell in row.Elements<TableCell>())
            {
                var merge = cell.TableCellProperties?.VerticalMerge;
                var continues = merge is not null
                    && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
                inCell = true;
                var text = string.Join("\n", cell.Elements<Paragraph>().Select(Text)).Trim('\n');
                inCell = false;
                cells.Add(new SourceCell(WordFootnotes.Resolve(text, texts, used), continues));
                // A cell across grid columns is followed by one merged cell for each further column.
                var span = cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1;
                for (var s = 1; s < span; s++) cells.Add(new SourceCell("", false, MergedLeft: true));
            }
            rows.Add(cells);
        }
        blocks.Add(new SourceTable(index, rows, Math.Max(1, headerRows)));
        // Table notes printed inside the frame come back as the notes written under the table; a table footnote
        // whose letter no cell carries stays a paragraph.
        readWithTable.UnionWith(under);
        foreach (var p in inFrame.Concat(under))
            if (!letters.TryGetValue(p, out var letter) || !used.Contains(letter)) Paragraph(p, inTable: false);
    }

    private bool IsTableNote(Paragraph p) =>
        WordFootnotes.IsTableNote(styles.Name(p.ParagraphProperties?.ParagraphStyleId?.Val?.Value));

    /// <summary>The last row of a table when it holds only the table's notes, in one cell across the table.</summary>
    private TableRow? NotesRow(Table table) =>
        table.Elements<TableRow>().LastOrDefault() is { } last
        && last.Elements<TableCell>().Count() == 1 && table.Elements<TableRow>().Count() > 1
        && last.Descendants<Paragraph>().All(p => styles.Name(p.ParagraphProperties?.ParagraphStyleId?.Val?.Value)
            is "标准文件_表注" or "标准文件_表脚注" or "标准文件_图表脚注")
            ? last
            : null;
}

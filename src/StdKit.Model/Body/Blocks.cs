using StdKit.Model.Diagnostics;
using StdKit.Model.Documents;

namespace StdKit.Model.Body;

/// <summary>A block of a division's content: paragraph, list, note, example, table, figure, term or document
/// entry.</summary>
public abstract class Block(SourceLocation source, string? id) : Element(source, id)
{
    public abstract void Accept(IBlockVisitor visitor);
}

/// <summary>段</summary>
public sealed class Paragraph(SourceLocation source, InlineText text) : Block(source, null)
{
    public override void Accept(IBlockVisitor visitor) => visitor.Paragraph(this);

    public InlineText Text { get; } = text;
    public override IEnumerable<InlineText> Texts => [Text];
}

/// <summary>Additional information — 注 or 示例 — numbered within its container (GB/T 1.1 9.10, 9.11).</summary>
public abstract class AdditionalInformation(SourceLocation source, InlineText text) : Block(source, null)
{
    public InlineText Text { get; } = text;

    /// <summary>"注：", "注1：", "示例：", "示例2：" — computed.</summary>
    public string Label { get; internal set; } = "";

    public abstract string LabelStem { get; }
    public override IEnumerable<InlineText> Texts => [Text];
}

/// <summary>注</summary>
public sealed class Note(SourceLocation source, InlineText text) : AdditionalInformation(source, text)
{
    public override void Accept(IBlockVisitor visitor) => visitor.Note(this);

    public override string LabelStem => "注";
}

/// <summary>示例</summary>
public sealed class Example(SourceLocation source, InlineText text) : AdditionalInformation(source, text)
{
    public override void Accept(IBlockVisitor visitor) => visitor.Example(this);

    public override string LabelStem => "示例";
}

/// <summary>列项: a dash list (——, ·) or a numbered list (a), 1)).</summary>
public sealed class ListBlock(SourceLocation source, ListStyle style, int depth, IReadOnlyList<ListItem> items)
    : Block(source, null)
{
    public override void Accept(IBlockVisitor visitor) => visitor.List(this);

    public ListStyle Style { get; } = style;
    /// <summary>0 for a first-level list, 1 for a list inside an item.</summary>
    public int Depth { get; } = depth;
    public IReadOnlyList<ListItem> Items { get; } = items;
    public override IEnumerable<Element> Children => Items;
}

public enum ListStyle
{
    /// <summary>"——" at the first level, "·" at the second.</summary>
    Dash,
    /// <summary>"a)" at the first level, "1)" at the second.</summary>
    Numbered,
}

public sealed class ListItem(SourceLocation source, string? id, InlineText text, string? typedMarker,
    ListBlock? subList)
    : Element(source, id), IReferenceTarget
{
    public InlineText Text { get; } = text;
    /// <summary>The marker the drafter typed (e.g. "k"), kept so a checker can compare it with the computed
    /// one.</summary>
    public string? TypedMarker { get; } = typedMarker;
    public ListBlock? SubList { get; } = subList;

    /// <summary>"——", "·", "a)", "1)" — computed.</summary>
    public string Marker { get; internal set; } = "";
    public string ReferenceLabel { get; internal set; } = "";
    public string KindName => "列项";

    public override IEnumerable<Element> Children => SubList is null ? [] : [SubList];
    public override IEnumerable<InlineText> Texts => [Text];
}

/// <summary>表; notes written right under it are its table notes (表注), printed inside its frame.</summary>
public sealed class Table(SourceLocation source, string? id, string? title, IReadOnlyList<TableRow> headerRows,
    IReadOnlyList<TableRow> rows, IReadOnlyList<Note>? notes = null) : Block(source, id), IReferenceTarget
{
    public override void Accept(IBlockVisitor visitor) => visitor.Table(this);

    public string? Title { get; } = title;
    public IReadOnlyList<TableRow> HeaderRows { get; } = headerRows;
    public IReadOnlyList<TableRow> Rows { get; } = rows;
    /// <summary>表注, numbered within the table.</summary>
    public IReadOnlyList<Note> Notes { get; } = notes ?? [];

    /// <summary>表脚注: the footnotes of the cells, lettered a, b … within the table.</summary>
    public IEnumerable<Footnote> Footnotes =>
        HeaderRows.Concat(Rows).SelectMany(r => r.Cells).SelectMany(c => c.Text.Segments).OfType<Footnote>();

    /// <summary>The same table with a further note under it.</summary>
    public Table WithNote(Note note) => new(Source, Id, Title, HeaderRows, Rows, [.. Notes, note]);
    public int ColumnCount => HeaderRows.Concat(Rows).Select(r => r.Cells.Count).DefaultIfEmpty(0).Max();

    /// <summary>"1", "A.1" — computed.</summary>
    public string Number { get; internal set; } = "";
    public string ReferenceLabel => $"表{Number}";
    public string KindName => "表";

    public override IEnumerable<Element> Children => Notes;
    public override IEnumerable<InlineText> Texts =>
        HeaderRows.Concat(Rows).SelectMany(r => r.Cells).Select(c => c.Text);
}

/// <summary>A row: one cell per column, a cell that another one covers marked as merged.</summary>
public sealed record TableRow(SourceLocation Source, IReadOnlyList<TableCell> Cells)
{
    /// <summary>How many columns the cell at <paramref name="column"/> covers: itself and the cells merged into it
    /// from the right.</summary>
    public int Span(int column)
    {
        var span = 1;
        while (column + span < Cells.Count && Cells[column + span].MergedLeft) span++;
        return span;
    }
}

/// <summary>
/// A cell; <see cref="MergedAbove"/> marks a cell merged with the one above it (<c>^</c> in the source),
/// <see cref="MergedLeft"/> one merged with the one to its left (<c>&lt;</c>). A merged cell has no text.
/// </summary>
public sealed record TableCell(InlineText Text, bool MergedAbove, bool MergedLeft = false)
{
    public bool IsMerged => MergedAbove || MergedLeft;
}

/// <summary>
/// 图: one picture, or sub-figures a), b) … under one number. Below the pictures, before the title: the key
/// (标引序号说明：), then the figure's notes (图注), then its footnotes (图的脚注), lettered a, b … to match the letters
/// the picture carries (GB/T 1.1 9.7).
/// </summary>
public sealed class Figure(SourceLocation source, string? id, string title, string imagePath,
    IReadOnlyList<SubFigure>? subFigures = null, IReadOnlyList<KeyEntry>? key = null, IReadOnlyList<Note>? notes = null,
    IReadOnlyList<Footnote>? footnotes = null) : Block(source, id), IReferenceTarget
{
    public override void Accept(IBlockVisitor visitor) => visitor.Figure(this);

    public string Title { get; } = title;
    /// <summary>The image file as written, relative to the content file; empty for a figure of sub-figures.</summary>
    public string ImagePath { get; } = imagePath;
    /// <summary>分图, labelled a), b) … (GB/T 1.1 9.7: one level only).</summary>
    public IReadOnlyList<SubFigure> SubFigures { get; } = subFigures ?? [];
    public IReadOnlyList<KeyEntry> Key { get; } = key ?? [];
    /// <summary>图注, numbered within the figure.</summary>
    public IReadOnlyList<Note> Notes { get; } = notes ?? [];
    /// <summary>图的脚注: their marks are in the picture, so they are written out under it.</summary>
    public IReadOnlyList<Footnote> Footnotes { get; } = footnotes ?? [];

    public Figure WithKey(IReadOnlyList<KeyEntry> entries) =>
        new(Source, Id, Title, ImagePath, SubFigures, entries, Notes, Footnotes);
    public Figure WithNote(Note note) =>
        new(Source, Id, Title, ImagePath, SubFigures, Key, [.. Notes, note], Footnotes);
    public Figure WithFootnote(Footnote footnote) =>
        new(Source, Id, Title, ImagePath, SubFigures, Key, Notes, [.. Footnotes, footnote]);

    public override IEnumerable<Element> Children => Notes;
    public override IEnumerable<InlineText> Texts =>
        Key.Select(k => k.Explanation).Concat(Footnotes.Select(f => f.Text));

    public string Number { get; internal set; } = "";
    public string ReferenceLabel => $"图{Number}";
    public string KindName => "图";
}

/// <summary>分图: a picture of a figure with its own label a), b) … and title.</summary>
public sealed record SubFigure(string Title, string ImagePath)
{
    /// <summary>"a)", "b)" — computed.</summary>
    public string Label { get; internal set; } = "";
}

/// <summary>
/// 公式 (GB/T 1.1 9.9): written in the simple source syntax, numbered (1), (A.1) at the right margin, with its key
/// (式中：) below.
/// </summary>
public sealed class Formula(SourceLocation source, string? id, MathNode math, IReadOnlyList<KeyEntry>? key = null)
    : Block(source, id), IReferenceTarget
{
    public override void Accept(IBlockVisitor visitor) => visitor.Formula(this);

    public MathNode Math { get; } = math;
    public IReadOnlyList<KeyEntry> Key { get; } = key ?? [];

    /// <summary>"1", "A.1" — computed.</summary>
    public string Number { get; internal set; } = "";
    /// <summary>"(1)" as printed at the right margin.</summary>
    public string NumberLabel => $"({Number})";
    /// <summary>"公式（1）" in running text, brackets full-width as Chinese text wants (GB/T 1.1 9.5).</summary>
    public string ReferenceLabel => $"公式（{Number}）";
    public string KindName => "公式";

    public Formula WithKey(IReadOnlyList<KeyEntry> entries) => new(Source, Id, Math, entries);
    public override IEnumerable<InlineText> Texts => Key.Select(k => k.Explanation);
}

/// <summary>术语条目 (GB/T 1.1 8.7): number, term, English term, definition, notes, examples and source.</summary>
public sealed class TermEntry(SourceLocation source, string? id, string term, string? englishTerm,
    InlineText definition, IReadOnlyList<Block> blocks, string? termSource) : Block(source, id), IReferenceTarget
{
    public override void Accept(IBlockVisitor visitor) => visitor.Term(this);

    public string Term { get; } = term;
    public string? EnglishTerm { get; } = englishTerm;
    public InlineText Definition { get; } = definition;
    /// <summary>What follows the definition: notes, examples and any further paragraphs.</summary>
    public IReadOnlyList<Block> Blocks { get; } = blocks;
    /// <summary>The text inside "[来源：…]", if any.</summary>
    public string? TermSource { get; } = termSource;

    public string Number { get; internal set; } = "";
    public string ReferenceLabel => Number;
    public string KindName => "术语";

    public override IEnumerable<Element> Children => Blocks;
    public override IEnumerable<InlineText> Texts => [Definition];
}

/// <summary>An entry of 规范性引用文件 or 参考文献: a catalogued document, or one typed by the drafter.</summary>
public sealed class DocumentEntry(SourceLocation source, InlineText text, DocumentCitation? citation)
    : Block(source, null)
{
    public override void Accept(IBlockVisitor visitor) => visitor.DocumentEntry(this);

    /// <summary>The entry as written.</summary>
    public InlineText Text { get; } = text;
    /// <summary>Set when the entry is written as <c>[[@number]]</c>.</summary>
    public DocumentCitation? Citation { get; } = citation;

    /// <summary>The typed number at the start of a typed entry, if it has one.</summary>
    public DocumentNumber? TypedNumber =>
        Citation is null && DocumentNumber.TryParsePrefix(Text.ToString(), out var n, out _) ? n : null;

    /// <summary>"[1]" in 参考文献 — computed; empty in chapter 2, whose entries carry no numbers.</summary>
    public string Label { get; internal set; } = "";

    /// <summary>The entry as printed: number, full-width space, title for catalogued ones; the typed text
    /// otherwise.</summary>
    public string DisplayText => Citation?.Document is { } doc ? doc.ListingText(Citation.IsDated) : Text.ToString();

    public override IEnumerable<InlineText> Texts => [Text];
}

using System.Text;
using StdKit.Model.Diagnostics;
using StdKit.Model.Documents;

namespace StdKit.Model.Body;

/// <summary>Running text: plain runs and cross-references, which print once numbers are computed.</summary>
public sealed class InlineText(IReadOnlyList<InlineSegment> segments)
{
    public static InlineText Empty { get; } = new([]);

    public IReadOnlyList<InlineSegment> Segments { get; } = segments;

    public static InlineText Plain(string text) => new([new TextRun(text)]);

    public bool IsEmpty => Segments.Count == 0 || ToString().Length == 0;

    /// <summary>The segments, and those of the footnotes among them.</summary>
    public IEnumerable<InlineSegment> AllSegments =>
        Segments.SelectMany(s => s is Footnote f ? f.Text.AllSegments.Prepend(s) : [s]);

    /// <summary>The text as printed, with every reference replaced by its number.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        foreach (var s in Segments) sb.Append(s.Display);
        return sb.ToString();
    }
}

public abstract class InlineSegment
{
    public abstract string Display { get; }
}

public sealed class TextRun(string text) : InlineSegment
{
    public string Text { get; } = text;
    public override string Display => Text;
}

/// <summary>A line break inside a table cell.</summary>
public sealed class LineBreak : InlineSegment
{
    public override string Display => "\n";
}

/// <summary>
/// <c>^[text]</c>: a footnote (脚注). In running text it is numbered 1), 2) … through the whole document and printed
/// at the foot of the page; in a table cell it is a 表脚注, lettered a, b … and printed under the table.
/// </summary>
public sealed class Footnote(InlineText text, SourceLocation source) : InlineSegment
{
    public InlineText Text { get; } = text;
    public SourceLocation Source { get; } = source;

    /// <summary>"1)" or "a" — computed.</summary>
    public string Label { get; internal set; } = "";

    public override string Display => Label;
}

/// <summary><c>[[id]]</c>: a reference to a clause, table, figure, annex, term or list item of the same
/// document.</summary>
public sealed class ElementReference(string targetId, SourceLocation source) : InlineSegment
{
    public string TargetId { get; } = targetId;
    public SourceLocation Source { get; } = source;
    public IReferenceTarget? Target { get; internal set; }

    public override string Display => Target?.ReferenceLabel ?? $"[[{TargetId}]]";
}

/// <summary><c>[[@number]]</c>: a citation of a catalogued document, dated or undated as typed.</summary>
public sealed class DocumentCitation(string typed, SourceLocation source) : InlineSegment
{
    public string Typed { get; } = typed;
    public SourceLocation Source { get; } = source;
    public CatalogueEntry? Document { get; internal set; }

    /// <summary>Dated when the drafter typed a year (GB/T 1.1 9.5.4.2).</summary>
    public bool IsDated => DocumentNumber.TryParse(Typed, out var n) ? n.IsDated : true;

    public override string Display => Document switch
    {
        { Number: { } number } => (IsDated ? number : number.Undated()).ToString(),
        { } doc => doc.Title,
        null => Typed,
    };
}

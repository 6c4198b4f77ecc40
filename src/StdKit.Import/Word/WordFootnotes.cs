using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace StdKit.Import.Word;

/// <summary>
/// Footnotes of a Word file in the content format's <c>^[text]</c>: a footnote of running text is read from the
/// footnotes part; a table footnote (表脚注) is a raised letter in a cell whose text stands in a 表脚注 paragraph
/// under the table, found by its letter.
/// </summary>
internal sealed partial class WordFootnotes(FootnotesPart? part)
{
    /// <summary>Stands for the raised letter of a table footnote in a cell until the footnote's text is
    /// known.</summary>
    public const char TableMark = '\uE000';

    private static readonly HashSet<string> MarkStyles = ["footnote reference", "标准文件_图表脚注内容", "标准文件_脚注引用"];
    private static readonly HashSet<string> NoteStyles = ["标准文件_表脚注", "标准文件_图表脚注"];

    private readonly Dictionary<long, Footnote> notes = part?.Footnotes?.Elements<Footnote>()
        .Where(f => f.Id?.Value is not null).GroupBy(f => f.Id!.Value).ToDictionary(g => g.Key, g => g.First()) ?? [];

    /// <summary>The text of footnote <paramref name="id"/>, without the mark the foot repeats ("1)").</summary>
    public string Text(long id, Func<Paragraph, string> read) =>
        notes.TryGetValue(id, out var note)
            ? LeadingMark().Replace(string.Join("\n", note.Elements<Paragraph>().Select(read)).Trim(), "")
            : "";

    /// <summary>A run that raises a table footnote's letter: the footnote-reference style or plain
    /// superscript.</summary>
    public static bool IsTableMark(Run run, string? styleName, string text) =>
        text.Length == 1 && text[0] is >= 'a' and <= 'z'
        && (styleName is not null && MarkStyles.Contains(styleName)
            || run.RunProperties?.VerticalTextAlignment?.Val?.Value == VerticalPositionValues.Superscript);

    public static bool IsTableNote(string? styleName) => styleName is not null && NoteStyles.Contains(styleName);

    /// <summary>"a\ttext" → ("a", "text"); <paramref name="label"/> is the letter Word's numbering shows, if
    /// any.</summary>
    public static (string Letter, string Text)? TableNote(string text, string? label)
    {
        if (label is { Length: 1 } letter) return (letter, text.Trim());
        var m = TypedLetter().Match(text);
        return m.Success ? (m.Groups[1].Value, text[m.Length..].Trim()) : null;
    }

    /// <summary>The cell text with each mark replaced by its footnote; a mark without one is its letter
    /// again.</summary>
    public static string Resolve(string cell, IReadOnlyDictionary<string, string> texts, ISet<string> used) =>
        cell.IndexOf(TableMark) < 0 ? cell : Mark().Replace(cell, m =>
        {
            var letter = m.Groups[1].Value;
            if (!texts.TryGetValue(letter, out var text)) return letter;
            used.Add(letter);
            return $"^[{text}]";
        });

    [GeneratedRegex(@"^\s*[)）]?\s*")]
    private static partial Regex LeadingMark();

    [GeneratedRegex(@"^([a-z])(?:[\t \u3000]+|(?=\p{IsCJKUnifiedIdeographs}))")]
    private static partial Regex TypedLetter();

    [GeneratedRegex("\uE000([a-z])")]
    private static partial Regex Mark();
}

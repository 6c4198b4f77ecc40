using System.Text;
using StdKit.Model.Diagnostics;

namespace StdKit.Model.Text;

/// <summary>
/// The one rule for text coming in — content, profiles, data files and imported Word text: what has a meaning is
/// normalised (line ends, byte-order marks, tabs, non-breaking and zero-width spaces, Word's manual line and page
/// breaks); what has none (other control characters, halves of a surrogate pair) is refused with file and line, so
/// that no writer ever meets a character it cannot write.
/// </summary>
public static class TextHygiene
{
    private const int MaxReported = 10;

    /// <summary>Normalises <paramref name="text"/> and refuses it when an unprintable character is left.</summary>
    public static string Clean(string text, string path)
    {
        var clean = Normalise(text);
        var found = Unprintable(clean).Take(MaxReported + 1).ToList();
        if (found.Count == 0) return clean;
        var diagnostics = found.Take(MaxReported).Select(u => new Diagnostic(new SourceLocation(path, u.Line),
            $"the text holds the invisible control character U+{u.Code:X4}",
            "delete it (it usually comes with text copied from another program; most editors do not show it)"))
            .ToList();
        return found.Count > MaxReported ? throw new UserError(diagnostics.Append(new Diagnostic(
            SourceLocation.Whole(path), "more control characters follow", "save the file as plain text again"))
            .ToList())
            : throw new UserError(diagnostics);
    }

    /// <summary>
    /// Normalises and drops what cannot be written, for text that has no lines to point at (Word's, or text extracted
    /// from a PDF); tabs stay, since they carry the 目次's page numbers there.
    /// </summary>
    public static string Scrub(string text)
    {
        var clean = Normalise(text, tabsToSpaces: false);
        if (!Unprintable(clean).Any()) return clean;
        var kept = new StringBuilder(clean.Length);
        for (var i = 0; i < clean.Length; i++)
        {
            if (IsPair(clean, i)) kept.Append(clean, i++, 2);
            else if (!IsUnprintable(clean[i])) kept.Append(clean[i]);
        }
        return kept.ToString();
    }

    /// <summary>"\n" line ends; a tab is a space, four at the start of a line (Markdown's tab stop).</summary>
    public static string Normalise(string text, bool tabsToSpaces = true)
    {
        var result = new StringBuilder(text.Length);
        var lineStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\r':
                    if (i + 1 < text.Length && text[i + 1] == '\n') continue;
                    result.Append('\n');
                    lineStart = true;
                    continue;
                case '\n':
                    result.Append('\n');
                    lineStart = true;
                    continue;
                case '\t' when tabsToSpaces:
                    result.Append(' ', lineStart ? 4 : 1);
                    continue;
                // Word's manual line break and page break, the Unicode line separators: a space inside the line,
                // so that line numbers stay those the editor shows.
                case '\v' or '\f' or '\u2028' or '\u2029' or '\u00A0' or '\u202F':
                    result.Append(' ');
                    break;
                case '\uFEFF' or '\u200B':
                    continue;
                default:
                    result.Append(c);
                    break;
            }
            lineStart = false;
        }
        return result.ToString();
    }

    private static IEnumerable<(int Line, int Code)> Unprintable(string text)
    {
        var line = 1;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n') line++;
            else if (IsPair(text, i)) i++;
            else if (IsUnprintable(text[i])) yield return (line, text[i]);
        }
    }

    private static bool IsPair(string text, int i) =>
        char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);

    private static bool IsUnprintable(char c) => c is not ('\n' or '\t') && (char.IsControl(c) || char.IsSurrogate(c)
        || c is '\uFFFE' or '\uFFFF');
}

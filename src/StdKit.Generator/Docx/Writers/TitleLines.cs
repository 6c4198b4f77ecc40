using System.Text;
using StdKit.Model.Wording;

namespace StdKit.Generator.Docx.Writers;

/// <summary>
/// A document title set in lines: each element on its own lines (Headings.TitleLines), and an element longer than a
/// line broken into lines of about equal length, never leaving one character alone on the last (a cover title of 18
/// characters at 一号 is 6 twips wider than the type area).
/// </summary>
public static class TitleLines
{
    /// <param name="size">The font size in half-points: a Han character is size × 10 twips wide, a Latin one half.</param>
    public static string Of(string title, int size, int width = Styles.StyleSheet.TypeAreaWidth) =>
        string.Join('\n', Headings.TitleLines(title).Split('\n').SelectMany(element => Balanced(element, size * 10, width)));

    private static IEnumerable<string> Balanced(string element, int em, int width)
    {
        var units = Units(element).ToList();
        var total = units.Sum(u => Width(u, em));
        var lines = (int)Math.Ceiling((double)total / width);
        if (lines <= 1) return [element];
        var target = (double)total / lines;
        var result = new List<string>();
        var line = new StringBuilder();
        var used = 0;
        foreach (var unit in units)
        {
            var w = Width(unit, em);
            // Close the line at the target, unless a closing mark would start the next one.
            if (line.Length > 0 && used + w / 2.0 > target && result.Count < lines - 1 && !Closing(unit))
            {
                result.Add(line.ToString());
                line.Clear();
                used = 0;
            }
            line.Append(unit);
            used += w;
        }
        result.Add(line.ToString());
        return result;
    }

    /// <summary>A Latin word or number is one unit; every other character is one.</summary>
    private static IEnumerable<string> Units(string text)
    {
        for (var i = 0; i < text.Length;)
        {
            var j = i + 1;
            if (char.IsAsciiLetterOrDigit(text[i]))
                while (j < text.Length && (char.IsAsciiLetterOrDigit(text[j]) || text[j] is '.' or '/')) j++;
            yield return text[i..j];
            i = j;
        }
    }

    private static int Width(string unit, int em) => unit.Sum(c => c < 0x2E80 && c != '—' ? em / 2 : em);

    private static bool Closing(string unit) => unit is "）" or "》" or "」" or "，" or "。" or "：" or "、" or ")";
}

using StdKit.Generator.Docx.Writers;
using StdKit.Model.Wording;

namespace StdKit.Generator.Pdf;

/// <summary>
/// Finds on which page each 目次 entry's heading was laid out, and the label that page carries: I, II … in the front
/// matter, 1, 2 … from the first body page. The 目次 lists every heading in document order, so reading the pages in
/// order meets each entry twice — first in the 目次, then as the heading itself.
/// </summary>
public static class TocPageLocator
{
    public static IReadOnlyDictionary<string, string> Locate(IReadOnlyList<TocEntry> entries, IReadOnlyList<string> pages, string bodyTitle)
    {
        var lines = pages.SelectMany((text, page) => text.Split('\n').Select(l => (Page: page, Text: Compact(l))))
            .Where(l => l.Text.Length > 0).ToList();
        var position = 0;
        foreach (var entry in entries) position = Find(lines, entry.Text, position) + 1; // the 目次 itself
        var found = new Dictionary<string, int>();
        foreach (var entry in entries)
        {
            position = Find(lines, entry.Text, position);
            if (position < 0) return new Dictionary<string, string>();
            found[entry.Text] = lines[position].Page;
            position++;
        }
        var frontStart = lines[Find(lines, entries[0].Text, 0)].Page;
        var bodyStart = lines.FirstOrDefault(l => l.Page > found[entries[0].Text] && l.Text == Compact(bodyTitle)).Page;
        return found.ToDictionary(f => f.Key, f => f.Value >= bodyStart && bodyStart > 0
            ? (f.Value - bodyStart + 1).ToString()
            : Roman(f.Value - frontStart + 1));
    }

    private static int Find(List<(int Page, string Text)> lines, string entry, int from)
    {
        if (from < 0) return -1;
        var target = Compact(entry);
        for (var i = from; i < lines.Count; i++)
        {
            var line = lines[i].Text;
            // A long heading wraps: its first line is then a prefix of the entry.
            if (line.StartsWith(target, StringComparison.Ordinal) || (line.Length >= 6 && target.StartsWith(line, StringComparison.Ordinal)))
                return i;
        }
        return -1;
    }

    private static string Compact(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    public static string Roman(int number)
    {
        (int Value, string Numeral)[] table = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var result = "";
        foreach (var (value, numeral) in table)
            while (number >= value) { result += numeral; number -= value; }
        return result;
    }
}

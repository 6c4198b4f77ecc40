using StdKit.Generator.Docx.Writers;
using StdKit.Model.Wording;

namespace StdKit.Generator.Pdf;

/// <summary>Page labels of the 目次 entries that were found, and the entries whose heading could not be placed.</summary>
public sealed record TocPages(IReadOnlyDictionary<string, string> Pages, IReadOnlyList<TocEntry> Unplaced)
{
    public static readonly TocPages None = new(new Dictionary<string, string>(), []);
}

/// <summary>
/// Finds on which page each 目次 entry's heading was laid out, and the label that page carries: I, II … in the front
/// matter, 1, 2 … from the first body page, or in a 标准汇编 the volume's page number. The 目次 lists every heading
/// in document order, so reading the pages in order meets each entry twice — first in the 目次, then as the heading
/// itself. A heading that cannot be found costs only its own page number, never the whole 目次.
/// </summary>
public static class TocPageLocator
{
    /// <summary>A heading may print over several lines: "附录A", "（资料性）", the title; or a long title wrapped.</summary>
    private const int MaxLinesPerHeading = 6;

    /// <param name="volumePage">
    /// The volume page number of the first of <paramref name="pages"/> in a 标准汇编, whose pages print the volume's
    /// numbers; null for a standard alone.
    /// </param>
    public static TocPages Locate(IReadOnlyList<TocEntry> entries, IReadOnlyList<string> pages, string bodyTitle,
        int? volumePage = null)
    {
        if (entries.Count == 0) return TocPages.None;
        var lines = pages.SelectMany((text, page) => text.Split('\n').Select(l => (Page: page, Text: Compact(l))))
            .Where(l => l.Text.Length > 0).ToList();
        var tocStart = Find(lines, entries[0].Text, 0);
        if (tocStart < 0) return new TocPages(new Dictionary<string, string>(), entries);
        // Skip past the 目次 itself, whose lines follow one another (a page break puts a header and a footer between).
        var position = tocStart + 1;
        foreach (var entry in entries.Skip(1))
            if (Find(lines, entry.Text, position) is var at and >= 0 && at - position <= MaxLinesPerHeading)
                position = at + 1;
        var tocEnd = position;
        var found = new Dictionary<string, int>();
        var unplaced = new List<TocEntry>();
        foreach (var entry in entries)
        {
            var at = Find(lines, entry.Text, position);
            if (at < 0)
            {
                unplaced.Add(entry);
                continue;
            }
            found[entry.Text] = lines[at].Page;
            position = at + 1;
        }
        if (found.Count == 0) return new TocPages(new Dictionary<string, string>(), unplaced);
        if (volumePage is { } first)
            return new TocPages(found.ToDictionary(f => f.Key, f => (first + f.Value).ToString()), unplaced);
        var frontStart = lines[tocStart].Page;
        // The body title, perhaps over several lines, after the 目次.
        var bodyAt = Find(lines, bodyTitle, tocEnd);
        var bodyStart = bodyAt >= 0 ? lines[bodyAt].Page : 0;
        var labels = found.ToDictionary(f => f.Key, f => f.Value >= bodyStart && bodyStart > 0
            ? (f.Value - bodyStart + 1).ToString()
            : Roman(f.Value - frontStart + 1));
        return new TocPages(labels, unplaced);
    }

    /// <summary>
    /// The first line from <paramref name="from"/> where the entry's text begins, alone or continued on the lines that
    /// follow (a heading set on several lines, a wrapped title, a 目次 line ending in dots and a page number).
    /// </summary>
    private static int Find(List<(int Page, string Text)> lines, string entry, int from)
    {
        var target = Compact(entry);
        for (var i = from; i < lines.Count; i++)
        {
            var text = lines[i].Text;
            var begins = text.StartsWith(target, StringComparison.Ordinal)
                || target.StartsWith(text, StringComparison.Ordinal);
            if (text.Length < Math.Min(target.Length, 3) || !begins) continue;
            for (var j = i + 1; j < lines.Count && j <= i + MaxLinesPerHeading; j++)
            {
                if (text.Length >= target.Length || !target.StartsWith(text, StringComparison.Ordinal)) break;
                text += lines[j].Text;
            }
            if (text.StartsWith(target, StringComparison.Ordinal)) return i;
        }
        return -1;
    }

    private static string Compact(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    public static string Roman(int number)
    {
        (int Value, string Numeral)[] table =
        [
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
            (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")
        ];
        var result = "";
        foreach (var (value, numeral) in table)
            while (number >= value) { result += numeral; number -= value; }
        return result;
    }
}

using System.Text.RegularExpressions;
using StdKit.Import.Sources;

namespace StdKit.Import.Text;

/// <summary>
/// Reads text extracted from a Word file (one paragraph a line) as source blocks: the "[bookmark: …]" noise of the
/// extraction is removed — a _Toc bookmark marks a heading, and is kept as a style hint — and runs of lines that start
/// with a tab, rows separated by an empty line, become a table.
/// </summary>
internal static partial class TextReader
{
    /// <summary>The pseudo style of a line the extraction marked with a _Toc bookmark: a 目次 target, so a
    /// heading.</summary>
    public const string TocBookmark = "_Toc";

    public static IReadOnlyList<SourceBlock> Read(string text)
    {
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var blocks = new List<SourceBlock>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith('\t') && !TocLine().IsMatch(lines[i]))
            {
                i = Table(lines, i, blocks) - 1;
                continue;
            }
            var marks = Bookmark().Matches(lines[i]);
            // Trailing tabs stay: "5.3 构建标准体系\t" is a 目次 line whose page number is missing.
            var line = Bookmark().Replace(lines[i], "").TrimStart().TrimEnd(' ', '\u3000');
            var style = marks.Any(m => m.Groups[1].Value.StartsWith("_Toc")) ? TocBookmark : null;
            blocks.Add(new SourceParagraph(i + 1, line, style, null));
        }
        return blocks;
    }

    /// <summary>Rows of tab-led cells, each row ended by an empty line; returns the line after the table.</summary>
    private static int Table(string[] lines, int start, List<SourceBlock> blocks)
    {
        var rows = new List<IReadOnlyList<SourceCell>>();
        var row = new List<SourceCell>();
        var i = start;
        for (; i < lines.Length; i++)
        {
            var cell = Bookmark().Replace(lines[i], "").Trim();
            if (lines[i].StartsWith('\t'))
            {
                row.Add(new SourceCell(cell, false));
                continue;
            }
            // A line without a tab inside a row is a further paragraph of the cell above it.
            if (cell.Length > 0 && row.Count > 0)
            {
                row[^1] = row[^1] with { Text = row[^1].Text + "\n" + cell };
                continue;
            }
            if (cell.Length > 0) break;
            if (row.Count > 0) rows.Add(row);
            row = [];
        }
        if (row.Count > 0) rows.Add(row);
        blocks.Add(new SourceTable(start + 1, MergeEmpty(rows), 1));
        return i;
    }

    /// <summary>An empty cell under a filled one is what a vertical merge leaves in extracted text; under the header
    /// row it is an empty cell.</summary>
    private static List<IReadOnlyList<SourceCell>> MergeEmpty(List<IReadOnlyList<SourceCell>> rows)
    {
        var result = new List<IReadOnlyList<SourceCell>>();
        foreach (var row in rows)
        {
            var above = result.Count > 1 ? result[^1] : null;
            result.Add(row.Select((c, i) => c.Text.Length == 0 && above is not null && i < above.Count
                && (above[i].Text.Length > 0 || above[i].MergedAbove) ? c with { MergedAbove = true } : c).ToList());
        }
        return result;
    }

    [GeneratedRegex(@"\[bookmark: ([^\]]*)\]")]
    private static partial Regex Bookmark();

    /// <summary>A 目次 line: "\t3.1 术语…\t1", a title then a page number after a tab.</summary>
    [GeneratedRegex(@"^\t[^\t]*\S[^\t]*\t\s*[\dIVXivx]*\s*$")]
    private static partial Regex TocLine();
}

using StdKit.Generator.Docx.Writers;

namespace StdKit.Generator.Pdf;

/// <summary>
/// Finds the tables that cross a page, from the pages of their row marks: a body row printed on a later page than
/// the row above it begins a new page, and the next rendering writes "表N（续）" there. A continuation caption takes a
/// line, so rows printed after the first page that Word broke by itself may move: only the breaks up to that page are
/// kept, and the rest of the table is measured again in the next pass.
/// </summary>
public static class TableBreakLocator
{
    /// <param name="rendered">The breaks the measured rendering was written with, by table number.</param>
    /// <param name="prefix">The mark prefix of one standard of a manual; empty for a standard alone.</param>
    /// <returns>Body rows that begin a page, by table number; tables on one page are left out.</returns>
    public static IReadOnlyDictionary<string, IReadOnlySet<int>> Locate(IReadOnlyDictionary<string, int> destinations,
        IReadOnlyDictionary<string, IReadOnlySet<int>> rendered, string prefix = "")
    {
        var rows = new Dictionary<string, SortedDictionary<int, int>>(StringComparer.Ordinal);
        foreach (var (name, page) in destinations)
        {
            // LibreOffice writes the "_" of a name as its code, 5F.
            var unescaped = name.StartsWith("5F", StringComparison.Ordinal) ? "_" + name[2..] : name;
            if (!unescaped.StartsWith(TableContinuation.MarkPrefix + prefix, StringComparison.Ordinal)) continue;
            var mark = unescaped[(TableContinuation.MarkPrefix.Length + prefix.Length)..];
            if (prefix.Length == 0 && mark.StartsWith('d')) continue; // a manual's mark, not this standard's
            var split = mark.LastIndexOf('r');
            if (split <= 0 || !int.TryParse(mark[(split + 1)..], out var row)) continue;
            var number = TableContinuation.NumberOf(mark[..split]);
            if (!rows.TryGetValue(number, out var table)) rows[number] = table = new SortedDictionary<int, int>();
            table[row] = page;
        }
        var breaks = new Dictionary<string, IReadOnlySet<int>>(StringComparer.Ordinal);
        foreach (var (number, table) in rows)
        {
            var starts = table.Zip(table.Skip(1)).Where(p => p.Second.Value > p.First.Value)
                .Select(p => p.Second.Key).ToList();
            var forced = rendered.TryGetValue(number, out var set) ? set : new HashSet<int>();
            var firstNatural = starts.Where(r => !forced.Contains(r)).DefaultIfEmpty(int.MaxValue).Min();
            var kept = starts.Where(r => r <= firstNatural).ToHashSet();
            if (kept.Count > 0) breaks[number] = kept;
        }
        return breaks;
    }
}

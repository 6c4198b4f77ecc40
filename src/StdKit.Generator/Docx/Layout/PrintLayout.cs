namespace StdKit.Generator.Docx.Layout;

/// <summary>
/// What a layout pass measured in the printed pages and the next rendering writes back: the page label of each 目次
/// entry (by entry text) and, for each table that crosses a page (by table number), the body rows that begin a page.
/// </summary>
public sealed record PrintLayout(IReadOnlyDictionary<string, string> TocPages,
    IReadOnlyDictionary<string, IReadOnlySet<int>> TableBreaks)
{
    public static readonly PrintLayout Unmeasured = new(new Dictionary<string, string>(),
        new Dictionary<string, IReadOnlySet<int>>());

    public IReadOnlySet<int> BreaksOf(string tableNumber) =>
        TableBreaks.TryGetValue(tableNumber, out var rows) ? rows : new HashSet<int>();

    /// <summary>The same page labels and the same breaks: laying out again would change nothing.</summary>
    public bool SameAs(PrintLayout other) =>
        TocPages.Count == other.TocPages.Count
        && TocPages.All(p => other.TocPages.TryGetValue(p.Key, out var v) && v == p.Value)
        && TableBreaks.Count == other.TableBreaks.Count
        && TableBreaks.All(b => other.TableBreaks.TryGetValue(b.Key, out var rows) && rows.SetEquals(b.Value));
}

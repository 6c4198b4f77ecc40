namespace StdKit.Import;

/// <summary>How the importer dealt with one source paragraph that a reader should look at.</summary>
public enum ReportKind
{
    /// <summary>Recognised from its text alone, or placed by a rule of thumb: check it.</summary>
    Guessed,
    /// <summary>Not placed in the body: kept in the report so no text is lost.</summary>
    Unplaced,
    /// <summary>Left out on purpose: the 目次, fixed sentences StdKit composes, layout.</summary>
    Omitted,
    /// <summary>Taken into the front matter.</summary>
    Metadata,
}

/// <param name="Location">"file:N", N the paragraph of a Word file or the line of a text.</param>
public sealed record ReportEntry(ReportKind Kind, string Location, string What, string Text);

/// <summary>What an import recognised, guessed and could not place, with the source paragraphs concerned.</summary>
public sealed class ImportReport
{
    private readonly List<ReportEntry> entries = [];
    private readonly Dictionary<string, int> recognised = [];

    public IReadOnlyList<ReportEntry> Entries => entries;

    /// <summary>How many units of each kind were recognised ("条", "列项", "表" …).</summary>
    public IReadOnlyDictionary<string, int> Recognised => recognised;

    /// <summary>Source paragraphs (by index) whose text went into the body.</summary>
    internal HashSet<int> Imported { get; } = [];

    internal void Count(string kind, int index)
    {
        recognised[kind] = recognised.GetValueOrDefault(kind) + 1;
        Imported.Add(index);
    }

    internal void Add(ReportKind kind, string location, string what, string text) =>
        entries.Add(new ReportEntry(kind, location, what, text));

    /// <summary>The report for a reader: counts, then every guess and everything not placed.</summary>
    public string ToText()
    {
        var text = new System.Text.StringBuilder();
        text.AppendLine("识别：" + string.Join("，", recognised.Select(r => $"{r.Key} {r.Value}")));
        var toCheck = entries.Where(e => e.Kind is ReportKind.Guessed or ReportKind.Unplaced);
        foreach (var group in toCheck.GroupBy(e => e.Kind))
        {
            text.AppendLine(group.Key == ReportKind.Guessed ? "推断（请核对）：" : "未能放置（请手工处理）：");
            foreach (var e in group) text.AppendLine($"  {e.Location}: {e.What}：「{Excerpt(e.Text)}」");
        }
        var omitted = entries.Count(e => e.Kind == ReportKind.Omitted);
        var metadata = entries.Count(e => e.Kind == ReportKind.Metadata);
        text.AppendLine($"转为文件信息 {metadata} 段，省略 {omitted} 段（目次、由文件信息生成的前言固定句）");
        return text.ToString();
    }

    private static string Excerpt(string text) => text.Length <= 60 ? text : text[..60] + "…";
}

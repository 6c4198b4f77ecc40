namespace StdKit.Model.Systems;

/// <summary>One row of the 标准统计表: 应有数, 现有数 and their ratio.</summary>
public sealed record StatisticsRow(string Item, int Required, int Existing)
{
    public string Percent => Required == 0 ? "—" : $"{100.0 * Existing / Required:F1}";
}

/// <summary>
/// The 标准统计表 of a system (GB/T 13016 标准体系表): by layer, each category of the framework calls for at least one
/// standard, so an empty category counts as a gap; by level, the standards of each level the system holds.
/// </summary>
public static class SystemStatistics
{
    public static IReadOnlyList<StatisticsRow> ByLayer(StandardSystem system)
    {
        var rows = system.Framework.Layers.Select(layer => new StatisticsRow(
            $"{layer.Name}标准",
            layer.Categories.Sum(c => Math.Max(1, system.In(c).Count())),
            system.In(layer).Count(m => m.Existing))).ToList();
        var adopted = system.Members.Where(m => m.Layer is null).ToList();
        if (adopted.Count > 0) rows.Add(new StatisticsRow("采用的外部标准", adopted.Count, adopted.Count(m => m.Existing)));
        rows.Add(Total(rows));
        return rows;
    }

    public static IReadOnlyList<StatisticsRow> ByLevel(StandardSystem system)
    {
        string[] levels = ["国家标准", "行业标准", "地方标准", "团体标准", "企业标准"];
        var gaps = system.Framework.Layers.SelectMany(l => l.Categories).Count(c => !system.In(c).Any());
        var rows = levels.Select(level =>
        {
            var members = system.Members.Where(m => m.Level == level).ToList();
            return new StatisticsRow(level, members.Count + (level == "企业标准" ? gaps : 0),
                members.Count(m => m.Existing));
        }).ToList();
        rows.Add(Total(rows));
        return rows;
    }

    private static StatisticsRow Total(IReadOnlyList<StatisticsRow> rows) =>
        new("合计", rows.Sum(r => r.Required), rows.Sum(r => r.Existing));
}

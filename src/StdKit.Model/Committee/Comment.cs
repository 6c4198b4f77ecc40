using StdKit.Model.Diagnostics;

namespace StdKit.Model.Committee;

/// <summary>
/// One comment on a draft (征求意见): the clause it is about as the unit wrote it, what it says, what it proposes, who
/// sent it, and the drafting group's decision once there is one.
/// </summary>
/// <param name="Source">The row of the file it came from (a CSV line, a sheet row, a YAML entry, a form's table
/// row).</param>
/// <param name="Key">How the decisions file names it: the file name and its row, e.g. "意见.csv#3".</param>
/// <param name="Clause">标准章条编号 as written: "5.3.2", "表1", "附录A", "前言", "全文".</param>
public sealed record Comment(SourceLocation Source, string Key, string Clause, string Content, string Suggestion,
    string Unit, string Contact)
{
    public Resolution? Resolution { get; init; }
}

/// <summary>处理意见 and its 理由.</summary>
public sealed record Resolution(Decision Decision, string Reason, SourceLocation Source);

/// <summary>The drafting group's decision on a comment.</summary>
public enum Decision
{
    /// <summary>采纳</summary>
    Adopted,
    /// <summary>部分采纳</summary>
    PartlyAdopted,
    /// <summary>未采纳</summary>
    NotAdopted,
}

public static class DecisionNames
{
    private static readonly (Decision Decision, string Name)[] Names =
        [(Decision.Adopted, "采纳"), (Decision.PartlyAdopted, "部分采纳"), (Decision.NotAdopted, "未采纳")];

    public static IEnumerable<string> All => Names.Select(n => n.Name);

    public static string ChineseName(this Decision decision) => Names.First(n => n.Decision == decision).Name;

    public static bool TryParse(string text, out Decision decision)
    {
        foreach (var (d, name) in Names)
            if (text.Trim() == name)
            {
                decision = d;
                return true;
            }
        decision = default;
        return false;
    }

    /// <summary>Whoever sent a comment that was not (fully) taken is owed the reason.</summary>
    public static bool NeedsReason(this Decision decision) => decision != Decision.Adopted;
}

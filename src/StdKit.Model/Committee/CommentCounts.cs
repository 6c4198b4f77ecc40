using System.Text.Json.Serialization;

namespace StdKit.Model.Committee;

/// <summary>
/// How many comments came from whom and how they were decided: for the 意见汇总处理表 and part 七 of the 编制说明.
/// </summary>
public sealed record CommentCounts(int Total, int Units, int Adopted, int PartlyAdopted, int NotAdopted,
    IReadOnlyList<UnitCount> ByUnit)
{
    public static CommentCounts Of(IReadOnlyList<Comment> comments)
    {
        int Count(IEnumerable<Comment> c, Decision d) => c.Count(x => x.Resolution?.Decision == d);
        var byUnit = comments.GroupBy(c => c.Unit)
            .Select(g => new UnitCount(g.Key, g.Count(), Count(g, Decision.Adopted), Count(g, Decision.PartlyAdopted),
                Count(g, Decision.NotAdopted)))
            .OrderByDescending(u => u.Total).ThenBy(u => u.Unit, StringComparer.Ordinal).ToList();
        return new CommentCounts(comments.Count, byUnit.Count, Count(comments, Decision.Adopted),
            Count(comments, Decision.PartlyAdopted), Count(comments, Decision.NotAdopted), byUnit);
    }

    public static readonly IReadOnlyList<string> Columns = ["提出单位", "意见数", "采纳", "部分采纳", "未采纳"];

    /// <summary>One row per unit in the order of <see cref="Columns"/>, then the totals.</summary>
    [JsonIgnore]
    public IEnumerable<IReadOnlyList<string>> Rows =>
        ByUnit.Select(u => (IReadOnlyList<string>)
                [u.Unit, $"{u.Total}", $"{u.Adopted}", $"{u.PartlyAdopted}", $"{u.NotAdopted}"])
            .Append(["合计", $"{Total}", $"{Adopted}", $"{PartlyAdopted}", $"{NotAdopted}"]);

    /// <summary>"共收到5个单位的20条意见，其中采纳12条，部分采纳3条，未采纳5条。"</summary>
    [JsonIgnore]
    public string Sentence => Total == 0 ? "未收到意见。"
        : $"共收到{Units}个单位的{Total}条意见，其中采纳{Adopted}条，部分采纳{PartlyAdopted}条，未采纳{NotAdopted}条" +
          (Undecided > 0 ? $"，尚未处理{Undecided}条。" : "。");

    private int Undecided => Total - Adopted - PartlyAdopted - NotAdopted;
}

public sealed record UnitCount(string Unit, int Total, int Adopted, int PartlyAdopted, int NotAdopted);

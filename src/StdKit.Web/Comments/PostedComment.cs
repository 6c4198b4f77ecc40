using StdKit.Model.Committee;
using StdKit.Model.Diagnostics;

namespace StdKit.Web.Comments;

/// <summary>
/// A comment (意见) sent through the workbench on a 征求意见稿, with the drafting group's decision once made.
/// </summary>
/// <param name="Standard">The number of the standard, as printed.</param>
/// <param name="Agency">The agency whose draft it is: its members see who sent it and how to reach them.</param>
/// <param name="Clause">标准章条编号 chosen from the draft's outline, or "全文".</param>
/// <param name="User">The account that sent it.</param>
public sealed record PostedComment(long Id, string Standard, string Agency, string Clause, string Content,
    string Suggestion, string Unit, string Contact, string User, DateTimeOffset Time, Decision? Decision = null,
    string? Reason = null)
{
    /// <summary>Where a message or a committee document names it from.</summary>
    public SourceLocation Source => new("workbench", (int)Math.Min(Id, int.MaxValue));

    /// <summary>As the committee's documents take a comment: the 意见汇总处理表 is written from these.</summary>
    public Comment ToComment() => new(Source, $"workbench#{Id}", Clause, Content, Suggestion, Unit, Contact)
    {
        Resolution = Decision is { } decision ? new Resolution(decision, Reason ?? "", Source) : null,
    };
}

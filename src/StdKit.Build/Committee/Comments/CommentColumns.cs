using StdKit.Model.Committee;
using StdKit.Model.Diagnostics;

namespace StdKit.Build.Committee.Comments;

/// <summary>
/// The columns of a comment table (the 征求意见表 and the 意见汇总处理表 share them) and how the rows of any source
/// become comments: required columns present, required cells filled, decisions from the list with their reasons.
/// </summary>
internal static class CommentColumns
{
    public const string Number = "序号";
    public const string Clause = "标准章条编号";
    public const string Content = "意见内容";
    public const string Suggestion = "修改建议";
    public const string Unit = "提出单位";
    public const string Contact = "联系人";
    public const string Decision = "处理意见";
    public const string Reason = "理由";

    public static readonly IReadOnlyList<string> Required = [Clause, Content, Suggestion, Unit];
    public static readonly IReadOnlyList<string> Known =
        [Number, Clause, Content, Suggestion, Unit, Contact, Decision, Reason];

    /// <summary>The header a CSV must start with, for messages.</summary>
    public static string ExampleHeader => string.Join(",", Required.Append(Contact).Append(Decision).Append(Reason));

    /// <summary>Checks that a header names every required column and nothing unknown.</summary>
    public static void CheckHeader(SourceLocation at, IReadOnlyCollection<string> header, DiagnosticBag diagnostics)
    {
        foreach (var name in header.Where(h => h.Length > 0 && !Known.Contains(h)))
        {
            var near = NearestName.Find(name, Known);
            diagnostics.Add(at, $"unknown column '{name}'",
                near is null ? $"the columns are: {string.Join(", ", Known)}" : $"did you mean '{near}'?");
        }
        var missing = Required.Where(r => !header.Contains(r)).ToList();
        if (missing.Count > 0)
            diagnostics.Add(at, $"the column{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing)} " +
                $"{(missing.Count > 1 ? "are" : "is")} missing",
                $"start the table with the header line {ExampleHeader} (联系人, 处理意见 and 理由 may be left out)");
    }

    /// <summary>The comments of the rows; blank rows (left over in a form) are skipped.</summary>
    public static IReadOnlyList<Comment> Comments(string file, IEnumerable<CommentRow> rows, DiagnosticBag diagnostics)
    {
        var comments = new List<Comment>();
        foreach (var row in rows.Where(r => !r.IsBlank))
        {
            foreach (var column in new[] { Clause, Content, Unit }.Where(c => row[c].Length == 0))
                diagnostics.Add(row.Source, $"the comment has no {column}",
                    column == Clause ? "write the clause number it is about (5.3.2, 表1, 附录A, 前言, or 全文)"
                        : $"fill in {column}, or delete the row");
            var comment = new Comment(row.Source, Key(file, row.Source.Line), row[Clause], row[Content],
                row[Suggestion], row[Unit], row[Contact]);
            comments.Add(comment with { Resolution = Resolve(row.Source, row[Decision], row[Reason], diagnostics) });
        }
        return comments;
    }

    /// <summary>How the decisions file names a comment: the file's name and the comment's line or row.</summary>
    public static string Key(string file, int line) => $"{Path.GetFileName(file)}:{line}";

    /// <summary>A decision and its reason, checked; null when none was given.</summary>
    public static Resolution? Resolve(SourceLocation at, string decision, string reason, DiagnosticBag diagnostics)
    {
        if (decision.Length == 0)
        {
            if (reason.Length > 0)
                diagnostics.Add(at, "a 理由 is given but no 处理意见",
                    $"write the 处理意见: {string.Join(" / ", DecisionNames.All)}");
            return null;
        }
        if (!DecisionNames.TryParse(decision, out var d))
        {
            var near = NearestName.Find(decision, DecisionNames.All);
            diagnostics.Add(at, $"unknown 处理意见 '{decision}'",
                $"write one of {string.Join(" / ", DecisionNames.All)}" +
                (near is null ? "" : $" (did you mean '{near}'?)"));
            return null;
        }
        if (d.NeedsReason() && reason.Length == 0)
            diagnostics.Add(at, $"the comment is {d.ChineseName()} without a 理由",
                "write the reason in 理由: the unit that sent the comment is owed it");
        return new Resolution(d, reason, at);
    }
}

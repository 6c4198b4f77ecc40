using Microsoft.AspNetCore.Http;

namespace StdKit.Web.Comments;

/// <summary>
/// The comment form as sent: each field trimmed and checked — a clause the draft has, the required fields filled, no
/// field longer than a person writes in one, no control characters — with a message in Chinese for each problem.
/// </summary>
public sealed record CommentDraft(string Clause, string Content, string Suggestion, string Unit, string Contact)
{
    public const int MaxText = 2000;
    public const int MaxName = 100;

    public static CommentDraft Empty { get; } = new("", "", "", "", "");

    /// <summary>The form's fields and what is wrong with them; no problems means it may be kept.</summary>
    public static (CommentDraft Draft, IReadOnlyList<string> Problems) Read(IFormCollection form,
        IReadOnlyCollection<string> clauses)
    {
        string Field(string name) => form[name].ToString().Trim();
        var draft = new CommentDraft(Field("clause"), Field("content"), Field("suggestion"), Field("unit"),
            Field("contact"));
        var problems = new List<string>();
        if (!clauses.Contains(draft.Clause)) problems.Add("请从列表中选择意见针对的章条。");
        Check(problems, draft.Content, "意见内容", MaxText, required: true);
        Check(problems, draft.Suggestion, "修改建议", MaxText, required: false);
        Check(problems, draft.Unit, "提出单位", MaxName, required: true);
        Check(problems, draft.Contact, "联系人及联系方式", MaxName, required: true);
        return (draft, problems);
    }

    private static void Check(List<string> problems, string value, string label, int max, bool required)
    {
        if (required && value.Length == 0) problems.Add($"请填写{label}。");
        else if (value.Length > max) problems.Add($"{label}不能超过{max}个字（现有{value.Length}个）。");
        // Line breaks are part of a comment; other control characters are not.
        else if (value.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
            problems.Add($"{label}中有不能显示的控制字符，请删去后再提交。");
    }
}

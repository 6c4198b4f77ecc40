namespace StdKit.Model.Committee;

/// <summary>What happened to one clause between two versions of a standard.</summary>
public enum ChangeKind
{
    /// <summary>Same number, same text.</summary>
    Unchanged,
    /// <summary>Same text under another number (结构调整).</summary>
    Moved,
    /// <summary>Text changed, same number or moved.</summary>
    Modified,
    Added,
    Deleted,
}

/// <summary>One unit of a standard as compared: a chapter or 条, a term entry or an annex, with its own text.</summary>
/// <param name="Label">"5.3", "3.2", "附录A".</param>
/// <param name="Title">The title, or null for an untitled 条.</param>
/// <param name="Text">Its own text, without the sub-clauses that are units of their own.</param>
public sealed record ClauseText(string Label, string? Title, string Text, string Kind)
{
    /// <summary>How a list of changes names the clause: its title, or the start of its text.</summary>
    public string Caption => Title ?? (Text.Length > 24 ? Text[..24] + "…" : Text);

    /// <summary>
    /// Title and text, as compared and as the 修改对照表 prints them; made once, as a comparison reads it often.
    /// </summary>
    public string Full { get; } = Title is null ? Text : Text.Length == 0 ? Title : $"{Title}\n{Text}";
}

/// <summary>A clause of the old version paired with its counterpart in the new one; either side is null when
/// the clause was added or deleted.</summary>
public sealed record ClauseChange(ChangeKind Kind, ClauseText? Old, ClauseText? New)
{
    public bool Renumbered => Old is not null && New is not null && Old.Label != New.Label;
}

public static class ChangeKindNames
{
    public static string ChineseName(this ChangeKind kind) => kind switch
    {
        ChangeKind.Unchanged => "未变",
        ChangeKind.Moved => "移动",
        ChangeKind.Modified => "修改",
        ChangeKind.Added => "新增",
        _ => "删除",
    };
}

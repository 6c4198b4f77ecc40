namespace StdKit.Model.Metadata;

/// <summary>The stage of a document: a draft at one of the committee stages, or published.</summary>
public enum DraftStage
{
    /// <summary>工作组讨论稿</summary>
    WorkingDraft,
    /// <summary>征求意见稿</summary>
    ConsultationDraft,
    /// <summary>送审稿</summary>
    ReviewDraft,
    /// <summary>报批稿</summary>
    ApprovalDraft,
    /// <summary>发布 — a published standard, not a draft.</summary>
    Published,
}

public static class DraftStageNames
{
    private static readonly (DraftStage Stage, string Name)[] Names =
    [
        (DraftStage.WorkingDraft, "工作组讨论稿"),
        (DraftStage.ConsultationDraft, "征求意见稿"),
        (DraftStage.ReviewDraft, "送审稿"),
        (DraftStage.ApprovalDraft, "报批稿"),
        (DraftStage.Published, "发布"),
    ];

    public static IEnumerable<string> All => Names.Select(n => n.Name);

    public static string ChineseName(this DraftStage stage) => Names.First(n => n.Stage == stage).Name;

    public static bool TryParse(string text, out DraftStage stage)
    {
        var trimmed = text.Trim().Trim('（', '）', '(', ')');
        foreach (var (s, name) in Names)
        {
            if (trimmed == name || string.Equals(trimmed, s.ToString(), StringComparison.OrdinalIgnoreCase)
                || (s == DraftStage.Published
                    && string.Equals(trimmed, "published", StringComparison.OrdinalIgnoreCase)))
            {
                stage = s;
                return true;
            }
        }
        stage = default;
        return false;
    }

    /// <summary>From 征求意见稿 on a draft is put out for anyone to read; below it (工作组讨论稿) it is the drafting
    /// agency's own.</summary>
    public static bool IsPublic(this DraftStage stage) => stage >= DraftStage.ConsultationDraft;

    /// <summary>Drafts put out for comment or review carry the patent call on the cover (GB/T 1.1 Annex D).</summary>
    public static bool CarriesPatentCall(this DraftStage stage) =>
        stage is DraftStage.ConsultationDraft or DraftStage.ReviewDraft;
}

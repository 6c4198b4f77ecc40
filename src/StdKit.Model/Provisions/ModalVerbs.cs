using System.Text.RegularExpressions;

namespace StdKit.Model.Provisions;

/// <summary>
/// Finds the modal verbs (能愿动词) of GB/T 1.1-2020 Annex C in Chinese text and tells the provision type they make.
/// A single character such as 应 or 可 is a modal verb only outside the words it also builds (应用, 响应, 可靠 …).
/// </summary>
public static partial class ModalVerbs
{
    // Longest forms first, so 不应该 wins over 应 and 可能 over 可.
    private static readonly (string Form, ProvisionType Type)[] Forms =
    [
        ("不应该", ProvisionType.Requirement), ("不准许", ProvisionType.Requirement), ("只准许", ProvisionType.Requirement),
        ("应该", ProvisionType.Requirement), ("不应", ProvisionType.Requirement), ("应", ProvisionType.Requirement),
        ("不推荐", ProvisionType.Recommendation), ("不建议", ProvisionType.Recommendation),
        ("推荐", ProvisionType.Recommendation), ("建议", ProvisionType.Recommendation),
        ("不宜", ProvisionType.Recommendation), ("宜", ProvisionType.Recommendation),
        ("不可能", ProvisionType.Possibility), ("没有可能", ProvisionType.Possibility), ("有可能", ProvisionType.Possibility),
        ("可能", ProvisionType.Possibility), ("不能够", ProvisionType.Possibility), ("能够", ProvisionType.Possibility),
        ("不能", ProvisionType.Possibility), ("能", ProvisionType.Possibility),
        ("可以不", ProvisionType.Permission), ("可以", ProvisionType.Permission), ("允许", ProvisionType.Permission),
        ("无须", ProvisionType.Permission), ("不必", ProvisionType.Permission), ("可", ProvisionType.Permission),
    ];

    /// <summary>Words that contain a modal character without being a modal verb.</summary>
    private static readonly string[] NotModal =
    [
        "应用", "应急", "响应", "适应", "相应", "对应", "供应", "反应", "应对", "回应", "应聘", "应邀", "答应", "呼应", "感应",
        "效应", "应届", "应变", "顺应", "应收", "应付", "应答", "应征", "因应", "照应", "应有数",
        "适宜", "便宜", "事宜", "宜居",
        "可靠", "可行", "可控", "可追溯", "可视", "可信", "可持续", "认可", "许可", "可比", "可用", "可选", "可读", "可操作",
        "可及", "可观", "可供", "可塑", "可溯", "可量化", "可复制", "可推广", "可执行", "可实施", "可获得", "可接受",
        "不可", "可见", "可谓", "宁可",
        "能力", "功能", "智能", "技能", "职能", "性能", "效能", "能源", "节能", "赋能", "产能", "能效", "动能", "才能", "本能",
        "潜能", "体能", "能耗", "能级", "可能性",
        "建议书", "推荐表",
    ];

    // One alternation, longest first: at each place the longest word wins, modal or not (不可能 over 不可).
    private static readonly Regex Pattern = new(
        string.Join("|", NotModal.Select(w => (Word: w, Group: "skip"))
            .Concat(Forms.Select(f => (Word: f.Form, Group: "modal")))
            .OrderByDescending(w => w.Word.Length).Select(w => $"(?<{w.Group}>{Regex.Escape(w.Word)})")),
        RegexOptions.Compiled);

    private static readonly Dictionary<string, ProvisionType> TypeOf = Forms.ToDictionary(f => f.Form, f => f.Type);

    public static IEnumerable<ModalVerb> Find(string text)
    {
        foreach (Match m in Pattern.Matches(text))
            if (m.Groups["modal"].Success) yield return new ModalVerb(m.Index, m.Value, TypeOf[m.Value]);
    }

    /// <summary>The strongest provision type in the text: requirement over recommendation over permission ….</summary>
    public static ProvisionType Classify(string text) =>
        Find(text).Select(v => v.Type).DefaultIfEmpty(ProvisionType.Statement).Max();
}

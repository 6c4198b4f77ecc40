using System.Text.RegularExpressions;
using StdKit.Checker.Core;

namespace StdKit.Checker.Rules.Provisions;

/// <summary>Requirements use 应 / 不应, never 必须, 不得, 不可 or 禁止 (GB/T 1.1 Annex C).</summary>
public sealed partial class ForbiddenModals : DocumentRule
{
    public override string Id => "GBT-P01";
    public override Severity Severity => Severity.Error;
    public override string Description => "要求用“应/不应”，不用“必须、须、不得、不可、禁止”";

    public override IEnumerable<Finding> Check(DocumentContext document)
    {
        foreach (var unit in document.Units)
            foreach (Match m in Forbidden().Matches(unit.Text))
                yield return Finding(unit, $"使用了“{m.Value}”：{Quote.Around(unit.Text, m.Index, m.Length)}",
                    m.Value is "必须" or "须" ? "改用“应”" : "改用“不应”");
    }

    // 不可 in 不可能 (possibility) and in fixed words such as 必不可少 or 不可预见 is no requirement, nor is the sign
    // category 禁止标志 (GB 2894); 须 alone is 必须.
    [GeneratedRegex("必须|不得|不可(?!能|少|缺|或缺|替代|分割|抗力|逆|预见|预测|避免|忽视|估量)|禁止(?!标志)|(?<![必无])须(?!知)")]
    private static partial Regex Forbidden();
}

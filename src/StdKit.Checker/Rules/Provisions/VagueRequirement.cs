using System.Text.RegularExpressions;
using StdKit.Checker.Core;
using StdKit.Model.Provisions;

namespace StdKit.Checker.Rules.Provisions;

/// <summary>应 is not combined with 尽可能, 尽量, 考虑, 通常, 一般 or 原则上 (GB/T 1.1 9.4.2): those go with 宜.</summary>
public sealed partial class VagueRequirement : DocumentRule
{
    public override string Id => "GBT-P02";
    public override Severity Severity => Severity.Error;
    public override string Description => "“应”不与“尽可能、尽量、考虑、通常、一般、原则上”连用";

    public override IEnumerable<Finding> Check(DocumentContext document)
    {
        foreach (var unit in document.Units)
            foreach (var (index, sentence) in Texts.Sentences(unit.Text))
            {
                if (!Texts.Modals(sentence, ProvisionType.Requirement).Any()) continue;
                if (Vague().Match(sentence) is { Success: true } m)
                    yield return Finding(unit,
                        $"“应”与“{m.Value}”连用：{Quote.Around(unit.Text, index + m.Index, m.Length)}",
                        $"要求就去掉“{m.Value}”；若只是推荐，把“应”改为“宜”");
            }
    }

    // 一般 is vague as an adverb (一般应…, 一般情况下); as an adjective (一般客户, 一般人员) it is not.
    [GeneratedRegex("尽可能|尽量|优先考虑|充分考虑|考虑|通常|一般(?=\\s*(?:应|不应|情况下|而言|来说|，|,))|原则上")]
    private static partial Regex Vague();
}

using System.Text.RegularExpressions;
using StdKit.Checker.Core;
using StdKit.Model.Documents;

namespace StdKit.Checker.Rules.References;

/// <summary>Laws, regulations and policy documents are never cited normatively (GB/T 1.1 9.5.4.1).</summary>
public sealed partial class NonStandardReferences : DocumentRule
{
    public override string Id => "GBT-R04";
    public override Severity Severity => Severity.Error;
    public override string Description => "不规范性引用法律法规和政策文件";

    public override IEnumerable<Finding> Check(DocumentContext document)
    {
        foreach (var listed in document.ListedDocuments)
        {
            var policy = listed.Catalogued?.Kind is DocumentKind.Law or DocumentKind.Policy;
            if (listed.Number is not null && !policy) continue;
            yield return Finding(listed.Entry.Source, "2", $"第2章列入了法律法规或政策文件：{Quote.Of(listed.Entry.DisplayText)}",
                "从第2章删去；需要时在参考文献中列出，条文中不写“应符合……办法”");
        }
        foreach (var unit in document.Units.Where(u =>
            u.Region is Region.Body or Region.NormativeAnnex or Region.InformativeAnnex or Region.Terms
            && u.Kind != UnitKind.Heading))
            foreach (var (index, sentence) in Texts.Sentences(unit.Text))
            {
                if (!Texts.Modals(sentence, Model.Provisions.ProvisionType.Requirement).Any()) continue;
                if (PolicyTitle().Match(sentence) is { Success: true } m)
                    yield return Finding(unit,
                        $"要求中引用了法规政策文件{m.Value}：{Quote.Around(unit.Text, index + m.Index, m.Length)}",
                        "把需要遵守的具体内容写成条文，或引用相应的标准");
            }
    }

    [GeneratedRegex("《[^《》]*(?:法|条例|规定|办法|意见|通知|决定|纲要)》")]
    private static partial Regex PolicyTitle();
}

using StdKit.Checker.Core;
using StdKit.Model.Body;
using StdKit.Model.Provisions;

namespace StdKit.Checker.Rules.Structure;

/// <summary>前言 has no 条 and no provisions; 引言 has no requirements (GB/T 1.1 8.3, 8.4).</summary>
public sealed class FrontMatterContent : DocumentRule
{
    public override string Id => "GBT-S07";
    public override Severity Severity => Severity.Error;
    public override string Description => "前言不分条、不含要求等条款；引言不含要求";

    public override IEnumerable<Finding> Check(DocumentContext document)
    {
        if (document.Standard.Preface is { Clauses.Count: > 0 } preface)
            yield return Finding(preface.Clauses[0].Source, "前言", "前言中分了条", "前言不分条：把条的内容写成段");
        foreach (var unit in document.Units.Where(u =>
            u.Region is Region.Preface or Region.Introduction && u.Kind != UnitKind.Heading))
        {
            var forbidden = unit.Region == Region.Preface
                ? [ProvisionType.Requirement, ProvisionType.Recommendation, ProvisionType.Permission]
                : new[] { ProvisionType.Requirement };
            if (Texts.Modals(unit.Text, forbidden).FirstOrDefault() is { } verb)
                yield return Finding(unit,
                    $"{unit.Clause}中使用了“{verb.Text}”：{Quote.Around(unit.Text, verb.Index, verb.Text.Length)}",
                    unit.Region == Region.Preface ? "前言只陈述事实，不写要求、推荐或允许" : "引言不写要求：把要求移到正文");
        }
    }
}

using StdKit.Checker.Core;
using StdKit.Model.Provisions;

namespace StdKit.Checker.Rules.Provisions;

/// <summary>
/// 范围 and definitions are statements only; notes, examples and footnotes of running text carry no requirements
/// (GB/T 1.1 8.5, 8.7, 9.2); footnotes of tables may.
/// </summary>
public sealed class StatementOnlyElements : DocumentRule
{
    public override string Id => "GBT-P03";
    public override Severity Severity => Severity.Error;
    public override string Description => "范围、定义只用陈述；注、示例不含要求";

    public override IEnumerable<Finding> Check(DocumentContext document)
    {
        foreach (var unit in document.Units)
        {
            var (forbidden, where, fix) = unit switch
            {
                { Region: Region.Scope, Kind: not UnitKind.Heading } => (
                    new[] { ProvisionType.Requirement, ProvisionType.Recommendation, ProvisionType.Permission },
                    "范围", "范围只陈述“本文件规定了……”“本文件适用于……”"),
                { Kind: UnitKind.Definition } => (
                    [ProvisionType.Requirement, ProvisionType.Recommendation, ProvisionType.Permission],
                    "定义", "定义只陈述概念，要求写进正文"),
                { Kind: UnitKind.Note } => ([ProvisionType.Requirement], "注", "注不含要求：把要求写进条文"),
                { Kind: UnitKind.Example } => ([ProvisionType.Requirement], "示例", "示例不含要求：把要求写进条文"),
                { Kind: UnitKind.Footnote } => ([ProvisionType.Requirement], "脚注", "脚注不含要求：把要求写进条文"),
                _ => (Array.Empty<ProvisionType>(), "", ""),
            };
            if (forbidden.Length == 0) continue;
            if (Texts.Modals(unit.Text, forbidden).FirstOrDefault() is { } verb)
                yield return Finding(unit,
                    $"{where}中使用了“{verb.Text}”：{Quote.Around(unit.Text, verb.Index, verb.Text.Length)}", fix);
        }
    }
}

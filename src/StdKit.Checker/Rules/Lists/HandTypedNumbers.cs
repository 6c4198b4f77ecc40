using System.Text.RegularExpressions;
using StdKit.Checker.Core;
using StdKit.Model.Body;

namespace StdKit.Checker.Rules.Lists;

/// <summary>Numbers and list markers are generated: text that types a clause number or a list marker by hand is
/// wrong.</summary>
public sealed partial class HandTypedNumbers : DocumentRule
{
    public override string Id => "GBT-N02";
    public override Severity Severity => Severity.Error;
    public override string Description => "条文中不手写条编号和列项符号";

    public override IEnumerable<Finding> Check(DocumentContext document)
    {
        foreach (var unit in document.Units.Where(u => u.Kind is UnitKind.Paragraph or UnitKind.ListItem))
        {
            if (ClauseNumber().Match(unit.Text) is { Success: true } number)
            {
                var own = number.Groups[1].Value == unit.Clause;
                yield return Finding(unit,
                    own
                        ? $"条文重复了自己的编号{number.Groups[1].Value}：{Quote.Of(unit.Text)}"
                        : $"条文开头手写了编号{number.Groups[1].Value}：{Quote.Of(unit.Text)}",
                    own ? $"删去正文开头的“{number.Value.Trim()}”" : "删去手写的编号，用标题层级（## / ###）表示条");
            }
            else if (Marker().Match(unit.Text) is { Success: true } marker)
                yield return Finding(unit, $"手写了列项符号“{marker.Value.Trim()}”：{Quote.Of(unit.Text)}",
                    "用 - 或 1. 写列项，符号和编号由 StdKit 生成");
        }
    }

    [GeneratedRegex(@"^(\d+(?:\.\d+)+)\s")]
    private static partial Regex ClauseNumber();

    [GeneratedRegex(@"^\s*(?:[a-z][)）]|\d+[)）]|[（(]\d+[)）]|——|一一|·|[①-⑳])")]
    private static partial Regex Marker();
}

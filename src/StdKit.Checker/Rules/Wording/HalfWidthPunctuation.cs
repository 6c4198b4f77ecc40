using System.Text.RegularExpressions;
using StdKit.Checker.Core;

namespace StdKit.Checker.Rules.Wording;

/// <summary>Chinese text takes full-width punctuation (GB/T 15834): "，；：（）" rather than ",;:()".</summary>
public sealed partial class HalfWidthPunctuation : DocumentRule
{
    public override string Id => "GBT-W06";
    public override Severity Severity => Severity.Warning;
    public override string Description => "中文文字使用全角标点";

    public override IEnumerable<Finding> Check(DocumentContext document)
    {
        foreach (var unit in document.Units.Where(u => u.Kind != UnitKind.DocumentEntry))
        {
            var matches = HalfWidth().Matches(unit.Text);
            if (matches.Count == 0) continue;
            var first = matches[0];
            yield return Finding(unit,
                $"中文中用了半角标点“{first.Value.Trim()}”{(matches.Count > 1 ? $"等{matches.Count}处" : "")}：" +
                $"{Quote.Around(unit.Text, first.Index, first.Length)}",
                "改用全角标点：，；：（）！？");
        }
    }

    // A half-width mark touching a Han character on either side.
    [GeneratedRegex(@"(?<=[\u4e00-\u9fff])[,;:!?()]|[,;:!?()](?=[\u4e00-\u9fff])")]
    private static partial Regex HalfWidth();
}

using StdKit.Checker.Core;

namespace StdKit.Checker.Rules.Provisions;

/// <summary>The same clause text twice in one document is a drafting slip: one of them is wrong or redundant.</summary>
public sealed class DuplicateText : DocumentRule
{
    private const int MinimumLength = 8;

    public override string Id => "GBT-P05";
    public override Severity Severity => Severity.Error;
    public override string Description => "同一文件中不重复同一条文";

    public override IEnumerable<Finding> Check(DocumentContext document)
    {
        var seen = new Dictionary<string, TextUnit>();
        foreach (var unit in document.Units.Where(u =>
            u.Kind is UnitKind.Paragraph or UnitKind.ListItem or UnitKind.Note && u.Text.Length >= MinimumLength))
        {
            if (seen.TryGetValue(unit.Text, out var first))
                yield return Finding(unit,
                    $"与{first.Clause}（第{first.Source.Line}行）的条文完全相同：{Quote.Of(unit.Text)}",
                    "删去重复的条文，或改正其中一处");
            else seen[unit.Text] = unit;
        }
    }
}

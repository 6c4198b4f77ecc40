using StdKit.Checker.Core;
using StdKit.Model.Body;

namespace StdKit.Checker.Rules.Structure;

/// <summary>Sibling 条 either all have titles or none do (GB/T 1.1 7.3.3).</summary>
public sealed class MixedTitles : DocumentRule
{
    public override string Id => "GBT-S03";
    public override Severity Severity => Severity.Error;
    public override string Description => "同一层次的条，有无标题应一致";

    public override IEnumerable<Finding> Check(DocumentContext document)
    {
        foreach (var division in document.Standard.Elements.OfType<Division>())
        {
            var titled = division.Clauses.Count(c => c.Title is not null);
            if (titled == 0 || titled == division.Clauses.Count) continue;
            var odd = division.Clauses.First(c => c.Title is null);
            yield return Finding(odd, $"{division.Label}下的条有的有标题、有的没有（{odd.Number}无标题）",
                "给同一层次的条都加上标题，或都不加");
        }
    }
}

using StdKit.Checker.Core;
using StdKit.Model.Body;

namespace StdKit.Checker.Rules.Structure;

/// <summary>A level is created only with at least two 条 (GB/T 1.1 7.3.1).</summary>
public sealed class SingleSubclause : DocumentRule
{
    public override string Id => "GBT-S05";
    public override Severity Severity => Severity.Error;
    public override string Description => "同一层次至少有两个条";

    public override IEnumerable<Finding> Check(DocumentContext document)
    {
        foreach (var division in document.Standard.Elements.OfType<Division>()
            .Where(d => d.Clauses.Count == 1 && d is not Section))
        {
            var only = division.Clauses[0];
            yield return Finding(only,
                $"{division.Label}下只有一个条{only.Number}{(only.Title is { } t ? "「" + t + "」" : "")}",
                $"再分出至少一个同层次的条，或取消{only.Number}这一层");
        }
    }
}

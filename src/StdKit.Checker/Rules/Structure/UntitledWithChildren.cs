using StdKit.Checker.Core;
using StdKit.Model.Body;

namespace StdKit.Checker.Rules.Structure;

/// <summary>An untitled 条 is not subdivided (GB/T 1.1 7.3.4).</summary>
public sealed class UntitledWithChildren : DocumentRule
{
    public override string Id => "GBT-S04";
    public override Severity Severity => Severity.Error;
    public override string Description => "无标题条不应再分条";

    public override IEnumerable<Finding> Check(DocumentContext document)
    {
        foreach (var clause in document.Standard.Elements.OfType<Clause>()
            .Where(c => c.Title is null && c.Clauses.Count > 0))
            yield return Finding(clause, $"无标题条{clause.Number}下还有{clause.Clauses.Count}个条",
                $"给{clause.Number}加上标题，或取消其下的分条");
    }
}

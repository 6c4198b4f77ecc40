using StdKit.Checker.Core;

namespace StdKit.Checker.Rules.Structure;

/// <summary>At most five levels of 条 below the chapter (GB/T 1.1 7.3.2): a seventh # is no heading at all.</summary>
public sealed class TooDeep : DocumentRule
{
    public override string Id => "GBT-S06";
    public override Severity Severity => Severity.Error;
    public override string Description => "条的层次不超过五层";

    public override IEnumerable<Finding> Check(DocumentContext document) =>
        document.Units
            .Where(u => u.Kind == UnitKind.Paragraph && u.Text.StartsWith("#######", StringComparison.Ordinal))
            .Select(u => Finding(u, $"第六层条{Quote.Of(u.Text)}超过了五层", "调整结构，最多分到第五层条（如4.1.1.1.1）"));
}

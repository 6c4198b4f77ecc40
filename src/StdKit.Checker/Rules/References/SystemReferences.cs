using StdKit.Model.Documents;
using StdKit.Checker.Core;

namespace StdKit.Checker.Rules.References;

/// <summary>A standard of the system cited by another (same code, e.g. Q/YNSME 205) exists in the system.</summary>
public sealed class SystemReferences : SystemRule
{
    public override string Id => "GBT-R07";
    public override Severity Severity => Severity.Error;
    public override string Description => "引用本体系内的标准时，该标准在体系中存在";

    public override IEnumerable<Finding> Check(IReadOnlyList<DocumentContext> system)
    {
        // A system's own standards are its enterprise standards (Q/…); other codes are shared with the outside world.
        var numbers = system.Select(d => d.Standard.Metadata.Number).ToList();
        var codes = system.Where(d => d.Standard.Metadata.Type == Model.Metadata.DocumentType.Enterprise)
            .Select(d => d.Standard.Metadata.Number.Code.Replace(" ", "").ToUpperInvariant()).ToHashSet();
        var present = numbers.Select(n => n.UndatedKey).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var document in system)
            foreach (var unit in document.Units)
                foreach (var number in TypedNumbers.Find(unit.Text))
                {
                    if (!codes.Contains(number.Code.Replace(" ", "").ToUpperInvariant())
                        || present.Contains(number.UndatedKey)) continue;
                    yield return Finding(unit,
                        $"引用的{number.Text.Trim()}不在本标准体系中：" +
                        $"{Quote.Around(unit.Text, number.Index, number.Text.Length)}",
                        "改正编号，或把该标准加入体系");
                }
    }
}

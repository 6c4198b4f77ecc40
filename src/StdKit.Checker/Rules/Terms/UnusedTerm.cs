using StdKit.Checker.Core;
using StdKit.Model.Body;

namespace StdKit.Checker.Rules.Terms;

/// <summary>A term is defined only if the document uses it (GB/T 1.1 8.7.2).</summary>
public sealed class UnusedTerm : DocumentRule
{
    public override string Id => "GBT-T03";
    public override Severity Severity => Severity.Warning;
    public override string Description => "界定的术语在文件中使用";

    public override IEnumerable<Finding> Check(DocumentContext document)
    {
        foreach (var term in document.Standard.Elements.OfType<TermEntry>())
        {
            var used = document.Units.Any(u =>
                    u.Clause != term.Number && u.Region != Region.Terms
                    && u.Text.Contains(term.Term, StringComparison.Ordinal))
                || document.Standard.Metadata.Title.Contains(term.Term, StringComparison.Ordinal);
            if (!used)
                yield return Finding(term.Source, term.Number, $"术语「{term.Term}」在正文中没有使用", "删去这个术语条目，或在条文中使用它");
        }
    }
}

using StdKit.Checker.Core;
using StdKit.Model.Body;

namespace StdKit.Checker.Rules.Terms;

/// <summary>One term is defined the same way throughout a standards system.</summary>
public sealed class ConflictingDefinitions : SystemRule
{
    public override string Id => "GBT-T04";
    public override Severity Severity => Severity.Error;
    public override string Description => "同一体系内同一术语的定义一致";

    public override IEnumerable<Finding> Check(IReadOnlyList<DocumentContext> system)
    {
        var first = new Dictionary<string, (TermEntry Term, DocumentContext Document)>();
        foreach (var document in system)
            foreach (var term in document.Standard.Elements.OfType<TermEntry>())
            {
                if (!first.TryGetValue(term.Term, out var earlier))
                {
                    first[term.Term] = (term, document);
                    continue;
                }
                if (Normalise(earlier.Term.Definition.ToString()) == Normalise(term.Definition.ToString())) continue;
                yield return Finding(term.Source, term.Number,
                    $"术语「{term.Term}」的定义与{earlier.Document.Standard.Metadata.Number}的{earlier.Term.Number}不同：" +
                    $"{Quote.Of(term.Definition.ToString())}",
                    $"统一定义，或引用{earlier.Document.Standard.Metadata.Number}的定义并注明[来源：…]");
            }
    }

    private static string Normalise(string text) =>
        string.Concat(text.Where(c => !char.IsWhiteSpace(c) && !char.IsPunctuation(c)));
}

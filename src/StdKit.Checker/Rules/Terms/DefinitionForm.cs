using StdKit.Checker.Core;
using StdKit.Model.Body;

namespace StdKit.Checker.Rules.Terms;

/// <summary>A definition can replace the term: it does not start with 是/指/是指/系指 nor repeat the term (GB/T 1.1
/// 8.7).</summary>
public sealed class DefinitionForm : DocumentRule
{
    private static readonly string[] Openers = ["是指", "系指", "是", "指"];

    public override string Id => "GBT-T01";
    public override Severity Severity => Severity.Error;
    public override string Description => "定义不以“是、指、是指、系指”开头，不重复术语";

    public override IEnumerable<Finding> Check(DocumentContext document)
    {
        foreach (var term in document.Standard.Elements.OfType<TermEntry>())
        {
            var definition = term.Definition.ToString();
            var at = definition.StartsWith(term.Term, StringComparison.Ordinal) ? term.Term.Length : 0;
            var opener = Openers.FirstOrDefault(o => definition[at..].StartsWith(o, StringComparison.Ordinal));
            if (at == 0 && opener is null) continue;
            yield return Finding(term.Source, term.Number,
                $"术语「{term.Term}」的定义以{(at > 0 ? "术语本身" : "")}{(at > 0 && opener is not null ? "和" : "")}" +
                $"{(opener is null ? "" : "“" + opener + "”")}开头：{Quote.Of(definition)}",
                $"定义应能代替术语：去掉开头的“{definition[..(at + (opener?.Length ?? 0))]}”，写成“……的……”");
        }
    }
}

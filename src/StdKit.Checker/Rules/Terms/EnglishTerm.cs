using System.Text.RegularExpressions;
using StdKit.Checker.Core;
using StdKit.Model.Body;

namespace StdKit.Checker.Rules.Terms;

/// <summary>The English term is lowercase unless it must be capitalised, and has no leading article (facts
/// §5.6).</summary>
public sealed partial class EnglishTerm : DocumentRule
{
    public override string Id => "GBT-T02";
    public override Severity Severity => Severity.Warning;
    public override string Description => "英文对应词小写、不加冠词";

    public override IEnumerable<Finding> Check(DocumentContext document)
    {
        foreach (var term in document.Standard.Elements.OfType<TermEntry>())
        {
            if (term.EnglishTerm is not { } english) continue;
            if (Article().Match(english) is { Success: true } article)
                yield return Finding(term.Source, term.Number, $"英文对应词「{english}」以冠词“{article.Value.Trim()}”开头",
                    $"去掉冠词：{english[article.Length..]}");
            var capitals = Words().Matches(english)
                .Select(m => m.Value)
                .Where(w => char.IsUpper(w[0]) && !IsAcronym(w))
                .ToList();
            if (capitals.Count > 0)
                yield return Finding(term.Source, term.Number, $"英文对应词「{english}」中有大写的词：{string.Join("、", capitals)}",
                    $"除专有名词和缩略语外用小写：{Lower(english)}");
        }
    }

    /// <summary>SMEs, ERP, ISO: words that are capitals (and digits) apart from a plural s.</summary>
    private static bool IsAcronym(string word) =>
        word.TrimEnd('s').Length > 1 && word.TrimEnd('s').All(c => char.IsUpper(c) || char.IsDigit(c));

    private static string Lower(string english) =>
        Words().Replace(english, m => IsAcronym(m.Value) ? m.Value : m.Value.ToLowerInvariant());

    [GeneratedRegex(@"^(?:a|an|the)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Article();

    [GeneratedRegex(@"[A-Za-z][A-Za-z0-9]*")]
    private static partial Regex Words();
}

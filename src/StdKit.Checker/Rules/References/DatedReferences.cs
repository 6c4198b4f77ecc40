using System.Text.RegularExpressions;
using StdKit.Checker.Core;

namespace StdKit.Checker.Rules.References;

/// <summary>
/// A citation of a clause, table, figure or annex of another document is dated; the text and chapter 2 cite a document
/// the same way, dated or undated (GB/T 1.1 9.5.4.2).
/// </summary>
public sealed partial class DatedReferences : DocumentRule
{
    public override string Id => "GBT-R03";
    public override Severity Severity => Severity.Error;
    public override string Description => "引用具体章条、图表、附录时注日期；文中与第2章的注日期方式一致";

    public override IEnumerable<Finding> Check(DocumentContext document)
    {
        var listed = document.ListedDocuments.Where(l => l.Number is not null)
            .GroupBy(l => l.Number!.UndatedKey).ToDictionary(g => g.Key, g => g.First());
        foreach (var citation in document.CitationsInText)
        {
            var unit = citation.Unit;
            var after = unit.Text[(citation.Number.Index + citation.Number.Text.Length)..];
            if (citation.Number.Year is null && SpecificPart().IsMatch(after))
            {
                yield return Finding(unit,
                    $"引用了{citation.Number.Text.Trim()}的具体部分却未注日期：" +
                    $"{Quote.Around(unit.Text, citation.Number.Index, citation.Number.Text.Length + 6)}",
                    "引用具体章、条、图、表或附录时写明年号，如 GB/T 19001—2016的5.2");
                continue;
            }
            if (listed.TryGetValue(citation.Number.UndatedKey, out var entry)
                && entry.Number!.IsDated != (citation.Number.Year is not null))
                yield return Finding(unit,
                    $"文中{(citation.Number.Year is null ? "不注日期" : "注日期")}引用{citation.Number.Text.Trim()}，" +
                    $"第2章却{(entry.Number.IsDated ? "注了日期" : "未注日期")}",
                    "文中和第2章采用同一种方式：引用具体内容或不接受以后的修订时注日期，否则都不注日期");
        }
    }

    [GeneratedRegex(@"^\s*的?\s*(第\s*\d+\s*章|\d+(\.\d+)+|[表图]\s*[A-Z]?\.?\d+|附录\s*[A-Z])")]
    private static partial Regex SpecificPart();
}

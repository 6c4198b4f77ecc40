using StdKit.Checker.Core;

namespace StdKit.Checker.Rules.References;

/// <summary>Every document cited normatively in the text is listed in chapter 2 (GB/T 1.1 8.6, 9.5).</summary>
public sealed class CitedNotListed : DocumentRule
{
    public override string Id => "GBT-R01";
    public override Severity Severity => Severity.Error;
    public override string Description => "文中规范性引用的文件均列入第2章";

    public override IEnumerable<Finding> Check(DocumentContext document)
    {
        var listed = document.ListedDocuments
            .Where(l => l.Number is not null)
            .Select(l => l.Number!.UndatedKey)
            .ToHashSet();
        var reported = new HashSet<string>();
        foreach (var citation in document.CitationsInText.Where(c => c.Normative))
        {
            if (listed.Contains(citation.Number.UndatedKey) || !reported.Add(citation.Number.UndatedKey)) continue;
            yield return Finding(citation.Unit,
                $"规范性引用了{citation.Number.Text.Trim()}，但第2章没有列出：" +
                $"{Quote.Around(citation.Unit.Text, citation.Number.Index, citation.Number.Text.Length)}",
                $"在第2章列出 {citation.Number.Code} {citation.Number.Sequence}（及其名称），或改为资料性提及（见……）并列入参考文献");
        }
    }
}

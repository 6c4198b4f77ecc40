using StdKit.Checker.Core;

namespace StdKit.Checker.Rules.References;

/// <summary>Every document listed in chapter 2 is cited normatively in the text (GB/T 1.1 8.6.3).</summary>
public sealed class ListedNotCited : DocumentRule
{
    public override string Id => "GBT-R02";
    public override Severity Severity => Severity.Error;
    public override string Description => "第2章列出的文件均在文中被规范性引用";

    public override IEnumerable<Finding> Check(DocumentContext document)
    {
        var citations = document.CitationsInText;
        var normative = citations.Where(c => c.Normative).Select(c => c.Number.UndatedKey).ToHashSet();
        var mentioned = citations.Select(c => c.Number.UndatedKey).ToHashSet();
        foreach (var listed in document.ListedDocuments.Where(l => l.Number is not null))
        {
            var key = listed.Number!.UndatedKey;
            if (normative.Contains(key)) continue;
            yield return Finding(listed.Entry.Source, "2",
                $"第2章列出的{listed.Number.Typed}在文中{(mentioned.Contains(key) ? "只被资料性提及" : "没有被引用")}",
                "在条文中规范性引用它（如“应符合……的规定”），或从第2章删去（资料性引用列入参考文献）");
        }
    }
}

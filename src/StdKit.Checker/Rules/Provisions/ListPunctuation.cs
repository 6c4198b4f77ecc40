using StdKit.Checker.Core;
using StdKit.Model.Body;

namespace StdKit.Checker.Rules.Provisions;

/// <summary>
/// A list has a lead-in; after a lead-in ending in "：" the items end with "；" (or "，") and the last with "。"; after a
/// complete sentence ending in "。" every item ends with "。" (GB/T 1.1 7.5).
/// </summary>
public sealed class ListPunctuation : DocumentRule
{
    public override string Id => "GBT-P04";
    public override Severity Severity => Severity.Warning;
    public override string Description => "列项有引语，引语与列项的标点一致";

    public override IEnumerable<Finding> Check(DocumentContext document)
    {
        foreach (var division in document.Standard.Elements.OfType<Division>())
        {
            if (division is Clause { Role: ClauseRole.NormativeReferences }
                or Section { Kind: SectionKind.Bibliography }) continue;
            Block? previous = null;
            foreach (var block in division.Blocks)
            {
                if (block is ListBlock list)
                    foreach (var finding in CheckList(list, previous is Paragraph p ? p.Text.ToString() : null,
                        division.Label))
                        yield return finding;
                previous = block;
            }
        }
    }

    private IEnumerable<Finding> CheckList(ListBlock list, string? leadIn, string clause)
    {
        if (leadIn is null)
        {
            yield return Finding(list.Source, clause, "列项前没有引语", "在列项前写一句引语，如“……包括：”");
            yield break;
        }
        var colon = leadIn.EndsWith('：') || leadIn.EndsWith(':');
        if (!colon && !leadIn.EndsWith('。')) yield break;
        for (var i = 0; i < list.Items.Count; i++)
        {
            var item = list.Items[i];
            var text = item.Text.ToString().TrimEnd();
            if (item.SubList is not null)
            {
                foreach (var finding in CheckList(item.SubList, text, clause)) yield return finding;
                continue;
            }
            var last = i == list.Items.Count - 1;
            var end = text.Length > 0 ? text[^1] : ' ';
            var ok = !colon || last ? end == '。' : end is '；' or '，';
            if (ok) continue;
            var expected = !colon || last ? "。" : "；";
            yield return Finding(item.Source, clause,
                $"列项{item.Marker}的结尾“{end}”与引语{(colon ? "“：”" : "“。”")}不配：" +
                $"{Quote.Around(text, Math.Max(0, text.Length - 6), Math.Min(6, text.Length))}",
                $"以“{expected}”结尾");
        }
    }
}

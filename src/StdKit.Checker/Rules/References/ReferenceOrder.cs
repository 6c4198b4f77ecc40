using StdKit.Model.Metadata;
using StdKit.Checker.Core;
using StdKit.Model.Documents;

namespace StdKit.Checker.Rules.References;

/// <summary>
/// Chapter 2 lists national standards, then industry, local, group, ISO/IEC, other standards and other documents;
/// national and ISO/IEC by sequence number, the others by code then number (GB/T 1.1 8.6.3.2).
/// </summary>
public sealed class ReferenceOrder : DocumentRule
{
    public override string Id => "GBT-R05";
    public override Severity Severity => Severity.Error;
    public override string Description => "第2章文件按国家、行业、地方、团体、ISO/IEC、其他的顺序排列";

    public override IEnumerable<Finding> Check(DocumentContext document)
    {
        var listed = document.ListedDocuments;
        for (var i = 1; i < listed.Count; i++)
        {
            if (Compare(listed[i - 1].Number, listed[i].Number) <= 0) continue;
            yield return Finding(listed[i].Entry.Source, "2",
                $"{Name(listed[i])}应排在{Name(listed[i - 1])}之前",
                "按 国家标准（按顺序号）→行业标准→地方标准→团体标准→ISO/IEC→其他 排列");
            yield break;
        }
    }

    private static string Name(ListedDocument d) => d.Number?.ToString() ?? Quote.Of(d.Entry.DisplayText);

    private static int Compare(DocumentNumber? a, DocumentNumber? b)
    {
        var (rankA, rankB) = (Rank(a), Rank(b));
        if (rankA != rankB) return rankA.CompareTo(rankB);
        if (a is null || b is null) return 0;
        // National and ISO/IEC standards sort by sequence number whatever their prefix (GB 2760 before GB 27950).
        var byCode = rankA is 0 or 4 ? 0 : string.CompareOrdinal(a.Code.Replace(" ", ""), b.Code.Replace(" ", ""));
        return byCode != 0 ? byCode : CompareSequence(a.Sequence, b.Sequence);
    }

    private static int Rank(DocumentNumber? n) => n is null ? 6 : n.Type switch
    {
        DocumentType.National => 0,
        DocumentType.Industry => 1,
        DocumentType.Local => 2,
        DocumentType.Group => 3,
        null => 4, // ISO, IEC
        _ => 5,    // other bodies' standards
    };

    private static int CompareSequence(string a, string b)
    {
        var (pa, pb) = (a.Split('.'), b.Split('.'));
        for (var i = 0; i < Math.Min(pa.Length, pb.Length); i++)
        {
            var c = long.TryParse(pa[i], out var x) && long.TryParse(pb[i], out var y)
                ? x.CompareTo(y)
                : string.CompareOrdinal(pa[i], pb[i]);
            if (c != 0) return c;
        }
        return pa.Length.CompareTo(pb.Length);
    }
}

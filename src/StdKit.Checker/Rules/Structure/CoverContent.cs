using StdKit.Checker.Core;
using StdKit.Model.Metadata;

namespace StdKit.Checker.Rules.Structure;

/// <summary>
/// The cover carries the ICS and CCS numbers and the issuing body (GB/T 1.1 8.1); where one is missing the cover
/// leaves its place empty, so the drafter must hear of it here.
/// </summary>
public sealed class CoverContent : DocumentRule
{
    public override string Id => "GBT-S09";
    public override Severity Severity => Severity.Warning;
    public override string Description => "封面有ICS号、CCS号和发布机构";

    public override IEnumerable<Finding> Check(DocumentContext document)
    {
        var m = document.Standard.Metadata;
        var cover = new Model.Diagnostics.SourceLocation(document.Standard.SourcePath, 1);
        if (string.IsNullOrWhiteSpace(m.Ics))
            yield return Finding(cover, "封面", "封面缺少ICS号", "在前置信息中加 ics:（如 ics: \"03.080\"），见《中国标准文献分类法》和ICS分类");
        if (string.IsNullOrWhiteSpace(m.Ccs))
            yield return Finding(cover, "封面", "封面缺少CCS号", "在前置信息中加 ccs:（一个字母、空格、两位数字，如 ccs: A 12）");
        // National standards name SAMR and SAC on their own; every other document names its issuer.
        if (m.Issuer is null && m.Type != DocumentType.National)
            yield return Finding(cover, "封面", "封面缺少发布机构", "在前置信息中加 issuer:（如 issuer: 云南省市场监督管理局）");
    }
}

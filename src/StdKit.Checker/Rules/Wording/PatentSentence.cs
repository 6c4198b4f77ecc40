using StdKit.Checker.Core;
using StdKit.Model.Metadata;

namespace StdKit.Checker.Rules.Wording;

/// <summary>A draft out for comment or review carries the patent sentence in its 前言 (GB/T 1.1 Annex D).</summary>
public sealed class PatentSentence : DocumentRule
{
    public override string Id => "GBT-W03";
    public override Severity Severity => Severity.Error;
    public override string Description => "征求意见稿、送审稿的前言有专利说明";

    public override IEnumerable<Finding> Check(DocumentContext document)
    {
        var m = document.Standard.Metadata;
        if (m.PatentNotice || !m.Stage.CarriesPatentCall()) yield break;
        yield return Finding(new Model.Diagnostics.SourceLocation(document.Standard.SourcePath, 1), "前言",
            $"{m.Stage.ChineseName()}的前言没有专利说明（patent-notice: false）",
            "删去 patent-notice: false，前言将写入“请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。”");
    }
}

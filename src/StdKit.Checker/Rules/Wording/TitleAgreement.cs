using StdKit.Checker.Core;

namespace StdKit.Checker.Rules.Wording;

/// <summary>The title on the cover and the title on the first body page are the same.</summary>
public sealed class TitleAgreement : DocumentRule
{
    public override string Id => "GBT-W05";
    public override Severity Severity => Severity.Error;
    public override string Description => "封面与正文首页的文件名称一致";

    public override IEnumerable<Finding> Check(DocumentContext document)
    {
        var m = document.Standard.Metadata;
        if (m.BodyTitle is null || m.BodyTitle == m.Title) yield break;
        yield return Finding(new Model.Diagnostics.SourceLocation(document.Standard.SourcePath, 1), "正文首页",
            $"正文首页的名称「{m.BodyTitle}」与封面的名称「{m.Title}」不同", "统一名称：删去 body-title，或把两处改成同一名称");
    }
}

using StdKit.Checker.Core;
using StdKit.Model.Body;

namespace StdKit.Checker.Rules.Structure;

/// <summary>范围, 规范性引用文件 and 术语和定义 are chapters 1, 2 and 3 (GB/T 1.1 6.2.2, 表3).</summary>
public sealed class RequiredChapters : DocumentRule
{
    private static readonly (ClauseRole Role, string Title)[] Required =
        [
            (ClauseRole.Scope, "范围"), (ClauseRole.NormativeReferences, "规范性引用文件"),
            (ClauseRole.TermsAndDefinitions, "术语和定义")
        ];

    public override string Id => "GBT-S01";
    public override Severity Severity => Severity.Error;
    public override string Description => "第1～3章依次为范围、规范性引用文件、术语和定义";

    public override IEnumerable<Finding> Check(DocumentContext document)
    {
        var chapters = document.Standard.Chapters.ToList();
        for (var i = 0; i < Required.Length; i++)
        {
            var (role, title) = Required[i];
            if (i < chapters.Count && chapters[i].Role == role) continue;
            var at = i < chapters.Count
                ? chapters[i].Source
                : new Model.Diagnostics.SourceLocation(document.Standard.SourcePath, 1);
            yield return Finding(at, (i + 1).ToString(),
                i < chapters.Count ? $"第{i + 1}章应为「{title}」，此处为「{chapters[i].Title}」" : $"缺少第{i + 1}章「{title}」",
                $"把「{title}」作为第{i + 1}章；内容为空时也保留章标题（如“本文件没有规范性引用文件。”）");
        }
    }
}

using StdKit.Checker.Core;
using StdKit.Model.Body;

namespace StdKit.Checker.Rules.Wording;

/// <summary>Chapter 2 opens with the fixed lead-in, or says it has no references; it is not divided into 条 (GB/T 1.1
/// 8.6).</summary>
public sealed class NormativeReferencesLeadIn : DocumentRule
{
    public override string Id => "GBT-W01";
    public override Severity Severity => Severity.Error;
    public override string Description => "第2章使用规定的引导语，且不分条";

    public override IEnumerable<Finding> Check(DocumentContext document)
    {
        if (document.Standard.Chapters.FirstOrDefault(c => c.Role == ClauseRole.NormativeReferences) is not { } chapter)
            yield break;
        if (chapter.Clauses.Count > 0)
            yield return Finding(chapter.Clauses[0], "第2章规范性引用文件分了条", "第2章不分条：只写引导语和文件清单");
        var entries = chapter.Blocks.OfType<DocumentEntry>().Count();
        var expected = entries > 0 ? FixedSentences.NormativeReferencesLeadIn : FixedSentences.NoNormativeReferences;
        var leadIn = chapter.Blocks.OfType<Paragraph>().FirstOrDefault();
        if (leadIn is null)
            yield return Finding(chapter, "第2章缺少引导语", $"写上：{expected}");
        else if (leadIn.Text.ToString() != expected)
            yield return Finding(leadIn.Source, chapter.Number,
                $"第2章引导语与规定的句子不同：{Quote.Of(leadIn.Text.ToString())}", $"改为：{expected}");
    }
}

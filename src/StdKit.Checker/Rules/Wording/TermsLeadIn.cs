using System.Text.RegularExpressions;
using StdKit.Checker.Core;
using StdKit.Model.Body;

namespace StdKit.Checker.Rules.Wording;

/// <summary>Chapter 3 opens with one of the four fixed lead-ins (GB/T 1.1 8.7).</summary>
public sealed partial class TermsLeadIn : DocumentRule
{
    public override string Id => "GBT-W02";
    public override Severity Severity => Severity.Error;
    public override string Description => "第3章使用规定的引导语";

    public override IEnumerable<Finding> Check(DocumentContext document)
    {
        if (document.Standard.Chapters.FirstOrDefault(c => c.Role == ClauseRole.TermsAndDefinitions) is not { } chapter)
            yield break;
        var leadIn = chapter.Blocks.OfType<Paragraph>().FirstOrDefault()?.Text.ToString();
        if (leadIn is FixedSentences.TermsLeadIn or FixedSentences.NoTerms
            || (leadIn is not null && Defined().IsMatch(leadIn))) yield break;
        yield return Finding(chapter, leadIn is null ? "第3章缺少引导语" : $"第3章引导语不是规定的句子：{Quote.Of(leadIn)}",
            $"改为“{FixedSentences.TermsLeadIn}”“……界定的（以及下列）术语和定义适用于本文件。”或“{FixedSentences.NoTerms}”");
    }

    [GeneratedRegex("^.+界定的(以及下列)?术语和定义适用于本文件。$")]
    private static partial Regex Defined();
}

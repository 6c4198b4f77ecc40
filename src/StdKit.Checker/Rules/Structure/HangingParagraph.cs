using StdKit.Checker.Core;
using StdKit.Model.Body;

namespace StdKit.Checker.Rules.Structure;

/// <summary>No text between a chapter or 条 title and its first sub-条 (悬置段, GB/T 1.1 7.4).</summary>
public sealed class HangingParagraph : DocumentRule
{
    public override string Id => "GBT-S02";
    public override Severity Severity => Severity.Warning;
    public override string Description => "章、条标题与下一层次条之间不宜有悬置段";

    public override IEnumerable<Finding> Check(DocumentContext document)
    {
        foreach (var division in document.Standard.Elements.OfType<Division>())
        {
            if (division.Clauses.Count == 0 || division is Section) continue;
            // The lead-ins of the terms and symbols chapters are allowed (facts §5.3).
            if (division is Clause { Role: ClauseRole.TermsAndDefinitions } || (division.Title ?? "").Contains("符号")
                || (division.Title ?? "").Contains("缩略语")) continue;
            var hanging = division.Blocks.FirstOrDefault(b => b is not TermEntry);
            if (hanging is null) continue;
            yield return Finding(hanging.Source, division.Label,
                $"{division.Label}的标题与第一个下层条之间有悬置段",
                $"把这段文字改为编号的条（如“{division.Label}.1 概述”），或移走、删除");
        }
    }
}

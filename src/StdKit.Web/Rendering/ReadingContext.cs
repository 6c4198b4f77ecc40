using StdKit.Checker.Core;

namespace StdKit.Web.Rendering;

/// <summary>How the reading view shows provisions: all text, each paragraph marked with its type, or requirements
/// only.</summary>
public enum ReadingMode
{
    Full,
    /// <summary>Each paragraph and list item shows its provision type (要求, 推荐 …).</summary>
    Provisions,
    /// <summary>Only 应/不应 provisions, under their headings.</summary>
    Requirements,
}

/// <summary>What the reading view knows beyond the standard itself: the knowledge base and the checker's
/// findings.</summary>
/// <param name="Number">The standard's number as the knowledge base prints it.</param>
/// <param name="CitedStandard">The reading-view URL of a cited document the knowledge base holds, else null.</param>
/// <param name="CitationCounts">How often other standards cite each place of this one, by label.</param>
public sealed record ReadingContext(string Number, ReadingMode Mode, Func<string, string?> CitedStandard,
    IReadOnlyDictionary<string, int> CitationCounts, IReadOnlyList<Finding> Findings);

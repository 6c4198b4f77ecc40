using StdKit.Model.Documents;
using StdKit.Search.Analysis;

namespace StdKit.Search.Highlighting;

/// <summary>
/// What to mark in a hit: runs of body terms (a Han run found in the text, any other read from the postings) and
/// cited documents.
/// </summary>
public sealed record Marking(IReadOnlyList<MarkPattern> Terms, IReadOnlyList<DocumentNumber> Documents);

/// <summary>
/// Body terms at their relative positions — a word, a quoted phrase, a clause number, or a single term. A run of
/// terms is marked where they stand in that sequence, and where two touch in the query they must touch in the text;
/// where a hit has no such run (its words matched apart), the terms are marked one by one, unless
/// <see cref="SequenceOnly"/>: a quoted phrase is marked only where it stands whole.
/// </summary>
/// <param name="HanRun">The characters the terms spell when they are one unbroken run of Han characters (质量, 量管,
/// 管理 → 质量管理): such a pattern is found in the text itself.</param>
/// <param name="Words">The words the run was typed as, marked one by one where the run does not stand whole; null to
/// mark its pairs of characters instead.</param>
public sealed record MarkPattern(IReadOnlyList<AnalyzedToken> Tokens, bool SequenceOnly, string? HanRun,
    IReadOnlyList<string>? Words = null)
{
    /// <summary>
    /// The pattern of a run of query tokens without the bigrams it need not read: 质量 and 管理 touching in a text
    /// stand on either side of 量管, so of 质量管理体系 only 质量, 管理 and 体系 are read — each term read costs a walk
    /// through its postings for every hit.
    /// </summary>
    public static MarkPattern Of(
        IReadOnlyList<AnalyzedToken> tokens, bool sequenceOnly, IReadOnlyList<string>? words = null)
    {
        var kept = tokens.Take(1).ToList();
        for (var i = 1; i < tokens.Count; i++)
        {
            var skips = i + 1 < tokens.Count
                        && tokens[i + 1].Start == kept[^1].End
                        && tokens[i + 1].Position == kept[^1].Position + 2;
            kept.Add(tokens[skips ? ++i : i]);
        }
        return new MarkPattern(
            kept, sequenceOnly, Run(tokens), words?.Select(Analysis.SimplifiedFolding.Fold).ToList());
    }

    private static string? Run(IReadOnlyList<AnalyzedToken> tokens)
    {
        if (tokens.Count == 0 || !tokens.All(t => t.Term.All(IsHan))) return null;
        if (tokens.Count == 1) return tokens[0].Term;
        // Overlapping bigrams only: 质量 [0,2), 量管 [1,3), 管理 [2,4).
        for (var i = 1; i < tokens.Count; i++)
            if (tokens[i].Term.Length != 2 || tokens[i - 1].Term.Length != 2
                || tokens[i].Start != tokens[i - 1].Start + 1) return null;
        return tokens[0].Term + string.Concat(tokens.Skip(1).Select(t => t.Term[1]));
    }

    /// <summary>
    /// CJK unified ideographs of the Basic Multilingual Plane, extension A and the compatibility block.
    /// </summary>
    internal static bool IsHan(char c) =>
        c is >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';
}

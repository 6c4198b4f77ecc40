using StdKit.Model.Documents;
using StdKit.Search.Analysis;

namespace StdKit.Search.Highlighting;

/// <summary>What to mark in a hit: runs of body terms, read from the postings, and cited documents, found in the text.</summary>
public sealed record Marking(IReadOnlyList<MarkPattern> Terms, IReadOnlyList<DocumentNumber> Documents);

/// <summary>
/// Body terms at their relative positions — a word, a quoted phrase, a clause number, or a single term. A run of
/// terms is marked where they stand in that sequence, and where two touch in the query they must touch in the text;
/// where a hit has no such run (its words matched apart), the terms are marked one by one, unless
/// <see cref="SequenceOnly"/>: a quoted phrase is marked only where it stands whole.
/// </summary>
public sealed record MarkPattern(IReadOnlyList<AnalyzedToken> Tokens, bool SequenceOnly)
{
    /// <summary>
    /// The pattern of a run of query tokens without the bigrams it need not read: 质量 and 管理 touching in a text
    /// stand on either side of 量管, so of 质量管理体系 only 质量, 管理 and 体系 are read — each term read costs a walk
    /// through its postings for every hit.
    /// </summary>
    public static MarkPattern Of(IReadOnlyList<AnalyzedToken> tokens, bool sequenceOnly)
    {
        var kept = tokens.Take(1).ToList();
        for (var i = 1; i < tokens.Count; i++)
        {
            var skips = i + 1 < tokens.Count && tokens[i + 1].Start == kept[^1].End && tokens[i + 1].Position == kept[^1].Position + 2;
            kept.Add(tokens[skips ? ++i : i]);
        }
        return new MarkPattern(kept, sequenceOnly);
    }
}

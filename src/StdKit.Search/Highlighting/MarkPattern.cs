using StdKit.Search.Analysis;

namespace StdKit.Search.Highlighting;

/// <summary>
/// What to mark of one part of a query: body terms at their relative positions — a word, a quoted phrase, a document
/// number, or a single term. A run of terms is marked where they stand in that sequence; where a hit has no such run
/// (its words matched apart), the terms are marked one by one, unless <see cref="SequenceOnly"/>: a quoted phrase or a
/// document number is marked only where it stands whole.
/// </summary>
public sealed record MarkPattern(IReadOnlyList<AnalyzedToken> Tokens, bool SequenceOnly);

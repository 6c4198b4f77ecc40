using StdKit.Model.Documents;
using StdKit.Search.Analysis;

namespace StdKit.Search.Highlighting;

/// <summary>What to mark in a hit: runs of body terms, read from the postings, and cited documents, found in the text.</summary>
public sealed record Marking(IReadOnlyList<MarkPattern> Terms, IReadOnlyList<DocumentNumber> Documents);

/// <summary>
/// Body terms at their relative positions — a word, a quoted phrase, a clause number, or a single term. A run of
/// terms is marked where they stand in that sequence; where a hit has no such run (its words matched apart), the
/// terms are marked one by one, unless <see cref="SequenceOnly"/>: a quoted phrase is marked only where it stands whole.
/// </summary>
public sealed record MarkPattern(IReadOnlyList<AnalyzedToken> Tokens, bool SequenceOnly);

using StdKit.Model.Provisions;
using StdKit.Search.Highlighting;
using StdKit.Search.Records;

namespace StdKit.Search;

/// <summary>What to look for and where: the user's text and the filters of <c>stdkit search</c>.</summary>
/// <param name="Standard">A document number, dated or not: only that standard's clauses.</param>
public sealed record SearchRequest(string? Text, string? Layer = null, string? Standard = null, string? Agency = null,
    ProvisionType? Provision = null, int Top = 10);

/// <summary>One clause found, with the ranges of its text the query matched.</summary>
public sealed record SearchHit(string Standard, string StandardTitle, string Clause, string? Title, string Text,
    ProvisionType Provision, ClauseKind Kind, string? Layer, string? Agency, float Score, IReadOnlyList<TextRange> Highlights);

/// <summary>The best hits and how many clauses matched in all.</summary>
public sealed record SearchResult(IReadOnlyList<SearchHit> Hits, int TotalHits);

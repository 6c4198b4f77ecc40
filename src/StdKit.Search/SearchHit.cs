using StdKit.Model.Provisions;
using StdKit.Search.Highlighting;
using StdKit.Search.Records;

namespace StdKit.Search;

/// <summary>What to look for and where: the user's text and the filters of <c>stdkit search</c>.</summary>
/// <param name="Standard">A document number, dated or not: only that standard's clauses.</param>
/// <param name="Offset">How many hits of the ranking to pass over: a later page.</param>
/// <param name="Scope">Who asks, where not everyone may read everything; null searches every clause.</param>
public sealed record SearchRequest(string? Text, string? Layer = null, string? Standard = null, string? Agency = null,
    ProvisionType? Provision = null, int Top = 10, int Offset = 0, SearchScope? Scope = null);

/// <summary>What someone may find besides published standards and drafts from 征求意见稿 on: the drafts of these
/// agencies' systems, and with <paramref name="TreeDrafts"/> those of the content tree itself.</summary>
public sealed record SearchScope(IReadOnlyCollection<string> Agencies, bool TreeDrafts)
{
    /// <summary>Whether a standard of that agency (null: the content tree's own) at that stage may be opened.</summary>
    public bool MaySee(string? agency, Model.Metadata.DraftStage stage) =>
        Model.Metadata.DraftStageNames.IsPublic(stage) || (agency is null ? TreeDrafts : Agencies.Contains(agency));
}

/// <summary>One clause found, with the ranges of its text the query matched.</summary>
/// <param name="Context">What a reader needs beside the text: a list item's lead-in, a lead-in's items, a table row's
/// header row.</param>
/// <param name="AlsoIn">The other standards that hold the same clause (the same model standard in other agencies'
/// systems), shown once.</param>
public sealed record SearchHit(string Standard, string StandardTitle, string Clause, string? Title, string Text,
    ProvisionType Provision, ClauseKind Kind, string? Layer, string? Agency, float Score,
    IReadOnlyList<TextRange> Highlights, string? Context = null, IReadOnlyList<string>? AlsoIn = null);

/// <summary>A value of a filter and how many hits have it.</summary>
/// <param name="Label">What a reader sees: a standard's title, a provision type's Chinese name.</param>
public sealed record FacetCount(string Value, string Label, int Count);

/// <summary>The hits counted by layer, standard, agency and provision type: the filters of a search page.</summary>
public sealed record SearchFacets(IReadOnlyList<FacetCount> Layers, IReadOnlyList<FacetCount> Standards,
    IReadOnlyList<FacetCount> Agencies, IReadOnlyList<FacetCount> Provisions)
{
    public static SearchFacets None { get; } = new([], [], [], []);
}

/// <summary>What the search did with the query, for a reader to know why these hits.</summary>
/// <param name="Partial">Some hits have only some of the words: not enough had all of them.</param>
/// <param name="FullMatches">How many hits had every word.</param>
/// <param name="Missing">Words found in no clause of the scope searched.</param>
/// <param name="Ignored">Words of the question that need not stand in the text (多久, 什么 …).</param>
/// <param name="Requirements">The question asks for obligations: requirement clauses rank first.</param>
/// <param name="Suggestions">Words of the knowledge base near the query, when nothing matched.</param>
public sealed record QueryNotice(bool Partial, int FullMatches, IReadOnlyList<string> Missing,
    IReadOnlyList<string> Ignored, bool Requirements, IReadOnlyList<string> Suggestions);

/// <summary>The best hits, how many clauses matched in all (copies counted once), the facets and the notice.</summary>
public sealed record SearchResult(
    IReadOnlyList<SearchHit> Hits, int TotalHits, SearchFacets Facets, QueryNotice Notice);

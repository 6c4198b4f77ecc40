using StdKit.Model.Metadata;

namespace StdKit.Search.Knowledge;

/// <summary>A clause row with what the search index needs of its standard and of its references.</summary>
/// <param name="Agency">The agency id; null for the content tree's own standards.</param>
/// <param name="CitedDocuments">The documents its text cites, as printed.</param>
/// <param name="Source">The content file and line it was read from: "library/…/visit.md:42".</param>
/// <param name="Stage">Its standard's stage, which decides who may find it.</param>
/// <param name="Context">What a reader needs beside the text (<see cref="SearchHit.Context"/>).</param>
public sealed record IndexedClause(long Id, long StandardId, string StandardNumber, string StandardTitle,
    string? Agency, string? Layer, string Number, string? Title, string Text, string Kind, string Provision,
    IReadOnlyList<string> CitedDocuments, IReadOnlyList<string> Headings, string Source = "",
    DraftStage Stage = DraftStage.Published, string? Context = null)
{
    /// <summary>Between the headings of a clause and between the documents it cites, as stored.</summary>
    internal const char Separator = '\u001F';
}

using StdKit.Model.Metadata;

namespace StdKit.Search.Knowledge;

/// <summary>A standard of the knowledge base as a list shows it, and where its content comes from.</summary>
/// <param name="Agency">The agency whose system holds it; null for the content tree's own standards.</param>
/// <param name="Source">The content file, relative to the content root, with "/" separators.</param>
public sealed record ListedStandard(string Number, string Title, string? Agency, string Source, string? Layer,
    string? Category, DraftStage Stage);

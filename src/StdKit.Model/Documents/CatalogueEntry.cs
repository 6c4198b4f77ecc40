using StdKit.Model.Diagnostics;

namespace StdKit.Model.Documents;

/// <summary>One document known to the content tree: an external one from the catalogue, or a standard of the
/// tree.</summary>
public sealed record CatalogueEntry(string Key, DocumentNumber? Number, string Title, DocumentKind Kind,
    SourceLocation Source)
{
    /// <summary>The edition that replaced this one (被代替), when the catalogue says so.</summary>
    public string? ReplacedBy { get; init; }

    /// <summary>The date the document was withdrawn (废止) without a replacement, when the catalogue says so.</summary>
    public string? WithdrawnOn { get; init; }

    /// <summary>No longer current: replaced or withdrawn.</summary>
    public bool Superseded => ReplacedBy is not null || WithdrawnOn is not null;

    /// <summary>How an entry of chapter 2 or 参考文献 prints it: number, one full-width space, title.</summary>
    public string ListingText(bool dated) =>
        Number is null ? Title : $"{(dated ? Number : Number.Undated())}\u3000{Title}";
}

using System.Security.Cryptography;
using System.Text.Json;
using StdKit.Model.Body;
using StdKit.Model.Documents;
using StdKit.Model.Metadata;

namespace StdKit.Search.Records;

/// <summary>Where a standard comes from: the content tree itself, or the tailored system of one agency.</summary>
/// <param name="Agency">The agency profile id; null for the tree's own standards.</param>
/// <param name="Source">The content file, relative to the content root, with "/" separators.</param>
public sealed record StandardOrigin(string? Agency, string Source, string? Layer, string? Category);

/// <summary>
/// One standard as the knowledge base keeps it: metadata, place in the system, clause records and term entries, with
/// a hash of all of it so that an unchanged standard is skipped when the knowledge base is filled again.
/// </summary>
public sealed record StandardRecord(StandardOrigin Origin, StandardMetadata Metadata,
    IReadOnlyList<ClauseRecord> Clauses, IReadOnlyList<TermRecord> Terms)
{
    public DocumentNumber Number => Metadata.Number;

    /// <summary>
    /// A SHA-256 of everything stored, so that a change anywhere — text, number, template value — is seen.
    /// </summary>
    public string Hash { get; } = ComputeHash(Origin, Metadata, Clauses, Terms);

    public static StandardRecord From(Standard standard, StandardOrigin origin) => new(
        origin with
        {
            Layer = origin.Layer ?? standard.Metadata.System?.Layer,
            Category = origin.Category ?? standard.Metadata.System?.Category,
        },
        standard.Metadata,
        ClauseRecords.From(standard).ToList(),
        standard.Elements.OfType<TermEntry>()
            .Select(t => new TermRecord(
                t.Number, t.Term, t.EnglishTerm, t.Definition.ToString(), t.TermSource, t.Source.Line))
            .ToList());

    private static string ComputeHash(StandardOrigin origin, StandardMetadata metadata,
        IReadOnlyList<ClauseRecord> clauses, IReadOnlyList<TermRecord> terms)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(new { origin, metadata, clauses, terms });
        return Convert.ToHexString(SHA256.HashData(bytes));
    }
}

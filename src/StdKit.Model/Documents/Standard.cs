using StdKit.Model.Body;
using StdKit.Model.Metadata;

namespace StdKit.Model.Documents;

/// <summary>One standard: its metadata and its top-level parts in source order, numbered and resolved.</summary>
public sealed class Standard(string sourcePath, StandardMetadata metadata, IReadOnlyList<Division> parts)
{
    /// <summary>The content file as the user named it.</summary>
    public string SourcePath { get; } = sourcePath;
    public StandardMetadata Metadata { get; } = metadata;

    /// <summary>SHA-256 of the text the standard was read from, after templates: equal hashes, equal
    /// standards.</summary>
    public string ContentHash { get; init; } = "";

    /// <summary>前言, 引言, chapters, annexes and 参考文献 in the order the drafter wrote them.</summary>
    public IReadOnlyList<Division> Parts { get; } = parts;

    public Section? Preface => Section(SectionKind.Preface);
    public Section? Introduction => Section(SectionKind.Introduction);
    public Section? Bibliography => Section(SectionKind.Bibliography);
    public IEnumerable<Clause> Chapters => Parts.OfType<Clause>();
    public IEnumerable<Annex> Annexes => Parts.OfType<Annex>();

    public IEnumerable<Element> Elements => Parts.SelectMany(p => p.DescendantsAndSelf());

    private Section? Section(SectionKind kind) => Parts.OfType<Section>().FirstOrDefault(s => s.Kind == kind);
}

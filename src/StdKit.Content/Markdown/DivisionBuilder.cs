using StdKit.Model.Body;
using StdKit.Model.Diagnostics;

namespace StdKit.Content.Markdown;

/// <summary>Collects one heading's content while the body is read; becomes a division or a term entry at the
/// end.</summary>
internal sealed class DivisionBuilder(SourceLocation source, string? title, string? id, int level)
{
    public SourceLocation Source { get; } = source;
    public string? Title { get; } = title;
    public string? Id { get; } = id;
    /// <summary>The heading level: 1 for a top-level part, 2–6 for 条.</summary>
    public int Level { get; } = level;

    public ClauseRole Role { get; init; }
    public SectionKind? Section { get; init; }
    public bool IsAnnex { get; init; }
    public AnnexNature? Nature { get; init; }
    /// <summary>Inside 术语和定义, where headings are term entries.</summary>
    public bool InTerms { get; init; }

    public List<Block> Blocks { get; } = [];
    public List<DivisionBuilder> Children { get; } = [];

    /// <summary>Whether a list here is a list of documents (chapter 2, 参考文献) rather than a 列项.</summary>
    public bool ListsDocuments => Role == ClauseRole.NormativeReferences || Section == SectionKind.Bibliography;
}

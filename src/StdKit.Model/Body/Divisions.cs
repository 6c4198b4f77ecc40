using StdKit.Model.Diagnostics;

namespace StdKit.Model.Body;

/// <summary>A part of the document that holds blocks and sub-clauses: a chapter, 条, annex, 前言, 引言 or 参考文献.</summary>
public abstract class Division(SourceLocation source, string? id, string? title, IReadOnlyList<Block> blocks,
    IReadOnlyList<Clause> clauses) : Element(source, id)
{
    /// <summary>Null for an untitled 条 (无标题条).</summary>
    public string? Title { get; } = title;
    public IReadOnlyList<Block> Blocks { get; } = blocks;
    public IReadOnlyList<Clause> Clauses { get; } = clauses;

    public override IEnumerable<Element> Children => Blocks.Cast<Element>().Concat(Clauses);

    /// <summary>How messages and records name the division: "4.3", "附录A", "前言".</summary>
    public abstract string Label { get; }
}

/// <summary>章 (level 1) or 条 (levels 2–6).</summary>
public sealed class Clause(SourceLocation source, string? id, string? title, int level, ClauseRole role,
    IReadOnlyList<Block> blocks, IReadOnlyList<Clause> clauses)
    : Division(source, id, title, blocks, clauses), IReferenceTarget
{
    /// <summary>1 for a chapter, 2 for a first-level 条 (4.1), up to 6 (4.1.1.1.1).</summary>
    public int Level { get; } = level;
    public ClauseRole Role { get; } = role;
    public bool IsChapter => Level == 1;

    /// <summary>"4", "4.1", "A.1", "0.1" — computed; empty for a 条 inside 前言, which has no numbers.</summary>
    public string Number { get; internal set; } = "";

    public string ReferenceLabel => IsChapter ? $"第{Number}章" : Number;
    public string KindName => IsChapter ? "章" : "条";
    public override string Label => Number;
}

/// <summary>The fixed roles of chapters 1–3 (GB/T 1.1-2020 表3); everything else is ordinary.</summary>
public enum ClauseRole
{
    Ordinary,
    /// <summary>范围</summary>
    Scope,
    /// <summary>规范性引用文件</summary>
    NormativeReferences,
    /// <summary>术语和定义</summary>
    TermsAndDefinitions,
}

/// <summary>附录</summary>
public sealed class Annex(SourceLocation source, string? id, string? title, AnnexNature? nature,
    IReadOnlyList<Block> blocks, IReadOnlyList<Clause> clauses)
    : Division(source, id, title, blocks, clauses), IReferenceTarget
{
    /// <summary>规范性 or 资料性; null where the drafter left it out (a checker finding, not a parse error).</summary>
    public AnnexNature? Nature { get; } = nature;

    public string Letter { get; internal set; } = "";
    public string ReferenceLabel => $"附录{Letter}";
    public string KindName => "附录";
    public override string Label => ReferenceLabel;
}

public enum AnnexNature
{
    /// <summary>规范性</summary>
    Normative,
    /// <summary>资料性</summary>
    Informative,
}

/// <summary>An unnumbered part: 前言, 引言 or 参考文献.</summary>
public sealed class Section(SourceLocation source, SectionKind kind, IReadOnlyList<Block> blocks,
    IReadOnlyList<Clause> clauses)
    : Division(source, null, kind.Title(), blocks, clauses)
{
    public SectionKind Kind { get; } = kind;
    public override string Label => Title ?? "";
}

public enum SectionKind
{
    /// <summary>前言</summary>
    Preface,
    /// <summary>引言</summary>
    Introduction,
    /// <summary>参考文献</summary>
    Bibliography,
}

public static class SectionKindNames
{
    public static string Title(this SectionKind kind) => kind switch
    {
        SectionKind.Preface => "前言",
        SectionKind.Introduction => "引言",
        _ => "参考文献",
    };
}

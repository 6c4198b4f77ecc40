using StdKit.Model.Body;
using StdKit.Model.Diagnostics;

namespace StdKit.Checker.Core;

/// <summary>What a piece of text is in the document.</summary>
public enum UnitKind
{
    Heading,
    Paragraph,
    ListItem,
    Note,
    Example,
    /// <summary>The definition of a term entry.</summary>
    Definition,
    TableCell,
    /// <summary>An entry of 规范性引用文件 or 参考文献.</summary>
    DocumentEntry,
    /// <summary>A footnote of running text (脚注).</summary>
    Footnote,
    /// <summary>A footnote of a table or a figure (表脚注, 图的脚注), which may hold requirements (GB/T 1.1 9.2).</summary>
    TableFootnote,
    /// <summary>The explanation of a symbol in the key of a formula or figure.</summary>
    KeyEntry,
}

/// <summary>Which element of the document (GB/T 1.1 表3) the text belongs to.</summary>
public enum Region
{
    Preface,
    Introduction,
    Scope,
    NormativeReferences,
    Terms,
    Body,
    /// <summary>A normative annex, or one whose nature is not stated.</summary>
    NormativeAnnex,
    InformativeAnnex,
    Bibliography,
}

/// <summary>One piece of text of a standard, with where it sits: the rules read texts through these.</summary>
/// <param name="Clause">The number of the clause, term, table or annex it belongs to ("4.3.1", "表1", "附录A",
/// "前言").</param>
public sealed record TextUnit(string Text, UnitKind Kind, Region Region, string Clause, SourceLocation Source,
    Element Element);

namespace StdKit.Search.Records;

/// <summary>What a searchable unit of a standard is.</summary>
public enum ClauseKind
{
    /// <summary>章 (its title)</summary>
    Chapter,
    /// <summary>条 (its title)</summary>
    Clause,
    /// <summary>段</summary>
    Paragraph,
    /// <summary>列项</summary>
    ListItem,
    /// <summary>注</summary>
    Note,
    /// <summary>示例</summary>
    Example,
    /// <summary>术语条目</summary>
    Term,
    /// <summary>表中的一行</summary>
    TableRow,
    /// <summary>规范性引用文件或参考文献中的一条</summary>
    DocumentEntry,
}

namespace StdKit.Search.Records;

/// <summary>What a reference points at: a whole document, or a place in one.</summary>
public enum ReferenceKind
{
    /// <summary>文件 as a whole</summary>
    Document,
    /// <summary>章 or 条</summary>
    Clause,
    /// <summary>表</summary>
    Table,
    /// <summary>图</summary>
    Figure,
    /// <summary>附录</summary>
    Annex,
    /// <summary>术语条目</summary>
    Term,
    /// <summary>列项</summary>
    ListItem,
}

/// <summary>
/// A reference (引用) made in the text of a clause: to a document — and to a place in it where the text names one,
/// as in "GB/T 19001—2016中7.5" — or to a clause, table, figure, annex, term or list item of the same standard,
/// whose document is then the citing standard itself.
/// </summary>
/// <param name="Document">The cited document as printed, e.g. "GB/T 19001—2016", or a catalogue key for a
/// document without a number.</param>
/// <param name="DocumentTitle">Its title where the text or the catalogue gives it.</param>
/// <param name="DatedKey">The comparison key of a dated citation (<c>GB/T19001-2016</c>); null for an undated one,
/// which names the latest edition.</param>
/// <param name="UndatedKey">The comparison key without year (<c>GB/T19001</c>).</param>
/// <param name="Target">The place cited: "7.5", "5" for 第5章, "表1", "图2", "附录A", "3.1", "6.2.1 b)"; null for the
/// document as a whole.</param>
public sealed record Reference(ReferenceKind Kind, string Document, string? DocumentTitle, string? DatedKey,
    string UndatedKey, string? Target);

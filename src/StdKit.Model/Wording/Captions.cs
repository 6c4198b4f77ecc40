using StdKit.Model.Body;

namespace StdKit.Model.Wording;

/// <summary>
/// The words every output prints around the blocks of a standard — captions, the term line, the source of a term,
/// numbered document entries — written once here so that Word, HTML and the outline agree.
/// </summary>
public static class Captions
{
    /// <summary>"表1　title", or "表1" for a table without a title (GB/T 1.1 9.8).</summary>
    public static string Table(Table table) =>
        table.Title is { } title ? Join(table.ReferenceLabel, title) : table.ReferenceLabel;

    /// <summary>"表1（续）" above each later page of a table (GB/T 1.1 9.8).</summary>
    public static string TableContinued(Table table) => $"{table.ReferenceLabel}（续）";

    /// <summary>"图1　title" (GB/T 1.1 9.7).</summary>
    public static string Figure(Figure figure) => Join(figure.ReferenceLabel, figure.Title);

    /// <summary>"a)　title" under a sub-figure.</summary>
    public static string SubFigure(SubFigure part) => Join(part.Label, part.Title);

    /// <summary>The term and its English equivalent on one line (GB/T 1.1 8.7).</summary>
    public static string TermName(TermEntry term) =>
        term.EnglishTerm is { } english ? Join(term.Term, english) : term.Term;

    /// <summary>"[来源：GB/T 20000.1—2014，3.1]".</summary>
    public static string TermSource(string source) => $"[来源：{source}]";

    /// <summary>"[1]　GB/T 19001—2016　质量管理体系　要求" in 参考文献; the entry alone in chapter 2.</summary>
    public static string DocumentEntry(DocumentEntry entry) =>
        entry.Label.Length > 0 ? Join(entry.Label, entry.DisplayText) : entry.DisplayText;

    /// <summary>A number and a title, set apart by a full-width space.</summary>
    public static string Join(string number, string title) => $"{number}\u3000{title}";
}

using StdKit.Model.Body;
using StdKit.Model.Documents;

namespace StdKit.Generator.Docx.Writers;

/// <summary>One line of the 目次: its level (1 or 2) and the text of the heading it points at.</summary>
public sealed record TocEntry(int Level, string Text);

/// <summary>
/// The entries of the 目次 (GB/T 1.1 5.7): 前言, 引言, chapters and titled first-level 条, annexes with their nature,
/// and 参考文献 — exactly the headings a Word or LibreOffice update of the TOC field would collect.
/// </summary>
public static class TocEntries
{
    public static IReadOnlyList<TocEntry> From(Standard standard)
    {
        var entries = new List<TocEntry> { new(1, SectionKind.Preface.Title()) };
        foreach (var part in standard.Parts)
        {
            switch (part)
            {
                case Section { Kind: SectionKind.Introduction } intro:
                    entries.Add(new(1, intro.Title!));
                    AddClauses(entries, intro);
                    break;
                case Section { Kind: SectionKind.Bibliography } bibliography:
                    entries.Add(new(1, bibliography.Title!));
                    break;
                case Clause chapter:
                    entries.Add(new(1, Headings.Clause(chapter)));
                    AddClauses(entries, chapter);
                    break;
                case Annex annex:
                    entries.Add(new(1, Headings.AnnexInToc(annex)));
                    AddClauses(entries, annex);
                    break;
            }
        }
        return entries;
    }

    private static void AddClauses(List<TocEntry> entries, Division division)
    {
        foreach (var clause in division.Clauses.Where(c => c.Title is not null))
            entries.Add(new(2, Headings.Clause(clause)));
    }
}

/// <summary>Heading texts shared by the body and the 目次, so both print the same words.</summary>
public static class Headings
{
    /// <summary>
    /// The elements of a title (引导要素, 主体要素, 补充要素 or "第N部分：…"), separated by a full-width space in the
    /// content, each start a line on the cover and the first body page (GB/T 1.1 6.1), so that no line breaks inside
    /// an element's words.
    /// </summary>
    public static string TitleLines(string title) =>
        string.Join('\n', title
            .Split('\u3000', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>A two-character title of the front matter letter-spaced by two full-width spaces: 目　　次, 前　　言.</summary>
    public static string FrontTitle(string title) => title.Length == 2 ? $"{title[0]}\u3000\u3000{title[1]}" : title;

    public static string Clause(Clause clause) => $"{clause.Number}\u3000{clause.Title}";

    /// <summary>"附录A", "（规范性）" and the title, one per line.</summary>
    public static string Annex(Annex annex) =>
        string.Join('\n', new[] { annex.ReferenceLabel, Nature(annex), annex.Title }.Where(s => !string.IsNullOrEmpty(s)));

    /// <summary>"附录A（规范性）　title" on one line.</summary>
    public static string AnnexInToc(Annex annex) =>
        $"{annex.ReferenceLabel}{Nature(annex)}{(annex.Title is { } t ? "\u3000" + t : "")}";

    private static string Nature(Annex annex) => annex.Nature switch
    {
        AnnexNature.Normative => "（规范性）",
        AnnexNature.Informative => "（资料性）",
        _ => "",
    };
}

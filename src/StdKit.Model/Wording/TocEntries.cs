using StdKit.Model.Body;
using StdKit.Model.Documents;

namespace StdKit.Model.Wording;

/// <summary>One line of the 目次: its level (1 or 2), the text of the heading it points at, and that heading's
/// <see cref="Division.Label"/> ("前言", "4.1", "附录A"), by which an output links to it.</summary>
public sealed record TocEntry(int Level, string Text, string Target);

/// <summary>
/// The entries of the 目次 (GB/T 1.1 5.7): 前言, 引言, chapters and titled first-level 条, annexes with their nature,
/// and 参考文献 — exactly the headings a Word or LibreOffice update of the TOC field would collect.
/// </summary>
public static class TocEntries
{
    public static IReadOnlyList<TocEntry> From(Standard standard)
    {
        var preface = SectionKind.Preface.Title();
        var entries = new List<TocEntry> { new(1, preface, preface) };
        foreach (var part in standard.Parts)
        {
            switch (part)
            {
                case Section { Kind: SectionKind.Introduction } intro:
                    entries.Add(new(1, intro.Title!, intro.Label));
                    AddClauses(entries, intro);
                    break;
                case Section { Kind: SectionKind.Bibliography } bibliography:
                    entries.Add(new(1, bibliography.Title!, bibliography.Label));
                    break;
                case Clause chapter:
                    entries.Add(new(1, Headings.Clause(chapter), chapter.Label));
                    AddClauses(entries, chapter);
                    break;
                case Annex annex:
                    entries.Add(new(1, Headings.AnnexInToc(annex), annex.Label));
                    AddClauses(entries, annex);
                    break;
            }
        }
        if (standard.Metadata.Index) entries.Add(new(1, IndexEntries.Title, IndexEntries.Title));
        return entries;
    }

    private static void AddClauses(List<TocEntry> entries, Division division)
    {
        foreach (var clause in division.Clauses.Where(c => c.Title is not null))
            entries.Add(new(2, Headings.Clause(clause), clause.Label));
    }
}

using StdKit.Model.Body;
using StdKit.Model.Documents;

namespace StdKit.Checker.Core;

/// <summary>A standard prepared for checking: its text units in document order and the clause number of each division.</summary>
public sealed class DocumentContext
{
    public Standard Standard { get; }
    public IReadOnlyList<TextUnit> Units { get; }

    /// <summary>The document numbers cited in the text, worked out once for the rules that need them.</summary>
    public IReadOnlyList<Citation> CitationsInText => _citations ??= Citations.InText(this);

    /// <summary>The entries of chapter 2.</summary>
    public IReadOnlyList<ListedDocument> ListedDocuments => _listed ??= Citations.InChapterTwo(this);

    private IReadOnlyList<Citation>? _citations;
    private IReadOnlyList<ListedDocument>? _listed;

    public DocumentContext(Standard standard)
    {
        Standard = standard;
        var units = new List<TextUnit>();
        foreach (var part in standard.Parts) Walk(part, RegionOf(part), part.Label, units);
        Units = units;
    }

    private static Region RegionOf(Division part) => part switch
    {
        Section { Kind: SectionKind.Preface } => Region.Preface,
        Section { Kind: SectionKind.Introduction } => Region.Introduction,
        Section => Region.Bibliography,
        Annex { Nature: AnnexNature.Informative } => Region.InformativeAnnex,
        Annex => Region.NormativeAnnex,
        Clause { Role: ClauseRole.Scope } => Region.Scope,
        Clause { Role: ClauseRole.NormativeReferences } => Region.NormativeReferences,
        Clause { Role: ClauseRole.TermsAndDefinitions } => Region.Terms,
        _ => Region.Body,
    };

    private static void Walk(Division division, Region region, string clause, List<TextUnit> units)
    {
        if (division is Clause { Title: { } title } heading)
            units.Add(new TextUnit(title, UnitKind.Heading, region, clause, heading.Source, heading));
        Blocks(division.Blocks, region, clause, units);
        foreach (var child in division.Clauses) Walk(child, region, child.Number.Length > 0 ? child.Number : clause, units);
    }

    private static void Blocks(IEnumerable<Block> blocks, Region region, string clause, List<TextUnit> units)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Paragraph p:
                    units.Add(new TextUnit(p.Text.ToString(), UnitKind.Paragraph, region, clause, p.Source, p));
                    break;
                case Note n:
                    units.Add(new TextUnit(n.Text.ToString(), UnitKind.Note, region, clause, n.Source, n));
                    break;
                case Example e:
                    units.Add(new TextUnit(e.Text.ToString(), UnitKind.Example, region, clause, e.Source, e));
                    break;
                case ListBlock list:
                    foreach (var item in list.DescendantsAndSelf().OfType<ListItem>())
                        units.Add(new TextUnit(item.Text.ToString(), UnitKind.ListItem, region, clause, item.Source, item));
                    break;
                case TermEntry term:
                    units.Add(new TextUnit(term.Definition.ToString(), UnitKind.Definition, region, term.Number, term.Source, term));
                    Blocks(term.Blocks, region, term.Number, units);
                    break;
                case Table table:
                    foreach (var row in table.HeaderRows.Concat(table.Rows))
                        foreach (var cell in row.Cells.Where(c => !c.MergedAbove))
                            units.Add(new TextUnit(cell.Text.ToString(), UnitKind.TableCell, region, table.ReferenceLabel, row.Source, table));
                    break;
                case DocumentEntry entry:
                    units.Add(new TextUnit(entry.DisplayText, UnitKind.DocumentEntry, region, clause, entry.Source, entry));
                    break;
            }
        }
    }
}

using StdKit.Model.Body;
using StdKit.Model.Diagnostics;
using StdKit.Model.Documents;

namespace StdKit.Checker.Core;

/// <summary>A standard prepared for checking: its text units in document order and the clause number of each
/// division.</summary>
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
        foreach (var child in division.Clauses)
            Walk(child, region, child.Number.Length > 0 ? child.Number : clause, units);
    }

    private static void Blocks(IEnumerable<Block> blocks, Region region, string clause, List<TextUnit> units) =>
        blocks.Accept(new BlockUnits(region, clause, units));

    /// <summary>The text units of the blocks of one division, with the clause number they are reported under.</summary>
    private sealed class BlockUnits(Region region, string clause, List<TextUnit> units) : IBlockVisitor
    {
        public void Paragraph(Paragraph p) => Add(p.Text, UnitKind.Paragraph, p.Source, p);
        public void Note(Note n) => Add(n.Text, UnitKind.Note, n.Source, n);
        public void Example(Example e) => Add(e.Text, UnitKind.Example, e.Source, e);

        public void List(ListBlock list)
        {
            foreach (var item in list.DescendantsAndSelf().OfType<ListItem>())
                Add(item.Text, UnitKind.ListItem, item.Source, item);
        }

        public void Term(TermEntry term)
        {
            units.Add(new TextUnit(term.Definition.ToString(), UnitKind.Definition, region, term.Number, term.Source,
                term));
            Blocks(term.Blocks, region, term.Number, units);
        }

        public void Table(Table table)
        {
            foreach (var row in table.HeaderRows.Concat(table.Rows))
                foreach (var cell in row.Cells.Where(c => !c.MergedAbove))
                    units.Add(new TextUnit(cell.Text.ToString(), UnitKind.TableCell, region, table.ReferenceLabel,
                        row.Source, table));
            NotesOf(table.Notes, table.Footnotes, table, table.ReferenceLabel);
        }

        /// <summary>A figure holds no running text of its own: its title is not a provision; its key and notes
        /// are.</summary>
        public void Figure(Figure figure)
        {
            Key(figure.Key, figure);
            NotesOf(figure.Notes, figure.Footnotes, figure, figure.ReferenceLabel);
        }

        private void NotesOf(IEnumerable<Note> notes, IEnumerable<Footnote> footnotes, Block owner, string label)
        {
            foreach (var note in notes) Add(note.Text, UnitKind.Note, note.Source, note);
            foreach (var footnote in footnotes)
                units.Add(new TextUnit(footnote.Text.ToString(), UnitKind.TableFootnote, region, label, footnote.Source,
                    owner));
        }

        public void Formula(Formula formula) => Key(formula.Key, formula);

        private void Key(IReadOnlyList<KeyEntry> key, Element element)
        {
            foreach (var entry in key) Add(entry.Explanation, UnitKind.KeyEntry, element.Source, element);
        }

        public void DocumentEntry(DocumentEntry entry) =>
            Add(entry.DisplayText, UnitKind.DocumentEntry, entry.Source, entry);

        private void Add(string text, UnitKind kind, SourceLocation source, Element element) =>
            units.Add(new TextUnit(text, kind, region, clause, source, element));

        /// <summary>The text, then each of its footnotes as a unit of its own.</summary>
        private void Add(InlineText text, UnitKind kind, SourceLocation source, Element element)
        {
            Add(text.ToString(), kind, source, element);
            foreach (var footnote in text.Segments.OfType<Footnote>())
                Add(footnote.Text.ToString(), UnitKind.Footnote, footnote.Source, element);
        }
    }
}

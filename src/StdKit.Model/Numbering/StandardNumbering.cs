using StdKit.Model.Body;
using StdKit.Model.Documents;

namespace StdKit.Model.Numbering;

/// <summary>
/// Computes every number of a standard once, by the rules of GB/T 1.1-2020 (7.2, 7.3, 7.5, 9.6–9.11): chapters and
/// 条, 引言 条 (0.1), annexes and their A.1 numbering, tables and figures continuous through the body and restarting
/// per annex, notes and examples per container, list markers, term entries and bibliography entries.
/// </summary>
public static class StandardNumbering
{
    public static void Apply(Standard standard)
    {
        var bodyFloats = new FloatCounter("");
        var chapter = 0;
        var annex = 0;
        foreach (var part in standard.Parts)
        {
            switch (part)
            {
                case Section { Kind: SectionKind.Introduction } intro:
                    NumberDivision(intro, "0", bodyFloats);
                    break;
                case Section { Kind: SectionKind.Bibliography } bibliography:
                    var entry = 0;
                    foreach (var e in bibliography.Blocks.OfType<DocumentEntry>()) e.Label = $"[{++entry}]";
                    NumberDivision(bibliography, null, bodyFloats);
                    break;
                case Section preface:
                    // 前言 has no clause numbers (GB/T 1.1 8.3); anything numbered in it is a checker finding.
                    NumberDivision(preface, null, bodyFloats);
                    break;
                case Clause c:
                    c.Number = (++chapter).ToString();
                    NumberDivision(c, c.Number, bodyFloats);
                    break;
                case Annex a:
                    a.Letter = Letters.Upper(annex++);
                    NumberDivision(a, a.Letter, new FloatCounter(a.Letter + "."));
                    break;
            }
        }
        NumberFootnotes(standard);
    }

    /// <summary>
    /// Footnotes of running text run 1), 2) … through the whole document; those of a table's cells are a, b … within
    /// the table, and so are a figure's (GB/T 1.1 9.12, 9.8, 9.7).
    /// </summary>
    private static void NumberFootnotes(Standard standard)
    {
        var running = 0;
        foreach (var element in standard.Elements)
        {
            if (element is Table table)
            {
                var letter = 0;
                foreach (var footnote in table.Footnotes) footnote.Label = Letters.Lower(letter++);
                continue;
            }
            if (element is Figure figure)
                for (var i = 0; i < figure.Footnotes.Count; i++) figure.Footnotes[i].Label = Letters.Lower(i);
            foreach (var footnote in element.Texts.SelectMany(t => t.Segments).OfType<Footnote>())
                footnote.Label = $"{++running})";
        }
    }

    /// <summary>
    /// Numbers a document that is not a standard (a 编制说明): list markers, notes, tables and figures, but no clause
    /// numbers, as its headings print their titles only.
    /// </summary>
    public static void ApplyUnnumbered(IEnumerable<Division> parts)
    {
        var floats = new FloatCounter("");
        foreach (var part in parts) NumberDivision(part, null, floats);
    }

    /// <param name="number">The division's number, or null where its 条 carry none (前言, 参考文献).</param>
    private static void NumberDivision(Division division, string? number, FloatCounter floats)
    {
        // Term entries and sub-clauses share one sequence under their parent: 3.1, 3.2 ….
        var blocks = new BlockNumbering(number, floats);
        blocks.Number(division.Blocks);
        var child = blocks.Children;
        foreach (var clause in division.Clauses)
        {
            clause.Number = number is null ? "" : $"{number}.{++child}";
            NumberDivision(clause, number is null ? null : clause.Number, floats);
        }
    }

    /// <summary>Numbers the blocks of one division: its tables, figures, term entries, list items, notes and
    /// examples.</summary>
    private sealed class BlockNumbering(string? owner, FloatCounter floats) : IBlockVisitor
    {
        /// <summary>How many term entries took a number of the division's sequence.</summary>
        public int Children { get; private set; }

        public void Number(IReadOnlyList<Block> blocks)
        {
            LabelAdditionalInformation(blocks);
            blocks.Accept(this);
        }

        public void Table(Table table)
        {
            table.Number = floats.NextTable();
            LabelAdditionalInformation(table.Notes);
        }

        public void Figure(Figure figure)
        {
            figure.Number = floats.NextFigure();
            for (var i = 0; i < figure.SubFigures.Count; i++) figure.SubFigures[i].Label = $"{Letters.Lower(i)})";
            LabelAdditionalInformation(figure.Notes);
        }

        public void Formula(Formula formula) => formula.Number = floats.NextFormula();

        public void Term(TermEntry term)
        {
            term.Number = owner is null ? "" : $"{owner}.{++Children}";
            LabelAdditionalInformation(term.Blocks);
        }

        public void List(ListBlock list) => NumberList(list, owner);

        // Paragraphs and document entries carry no number; notes and examples are labelled per container above.
        public void Paragraph(Paragraph paragraph) { }
        public void Note(Note note) { }
        public void Example(Example example) { }
        public void DocumentEntry(DocumentEntry entry) { }
    }

    /// <summary>A single note is "注："; several in one container are "注1：", "注2：" … (likewise 示例).</summary>
    private static void LabelAdditionalInformation(IReadOnlyList<Block> blocks)
    {
        foreach (var group in blocks.OfType<AdditionalInformation>().GroupBy(b => b.GetType()))
        {
            var items = group.ToList();
            for (var i = 0; i < items.Count; i++)
                items[i].Label = items.Count == 1 ? $"{items[i].LabelStem}：" : $"{items[i].LabelStem}{i + 1}：";
        }
    }

    private static void NumberList(ListBlock list, string? owner, string? parentLabel = null)
    {
        for (var i = 0; i < list.Items.Count; i++)
        {
            var item = list.Items[i];
            item.Marker = (list.Style, list.Depth) switch
            {
                (ListStyle.Dash, 0) => "——",
                (ListStyle.Dash, _) => "·",
                (ListStyle.Numbered, 0) => $"{Letters.Lower(i)})",
                _ => $"{i + 1})",
            };
            var prefix = parentLabel ?? owner;
            item.ReferenceLabel = string.IsNullOrEmpty(prefix) ? item.Marker : $"{prefix} {item.Marker}";
            if (item.SubList is { } sub) NumberList(sub, owner, item.ReferenceLabel);
        }
    }

    /// <summary>Tables, figures and formulas each run as one series: 表1, 表2 … in the body; 表A.1 … in annex A.</summary>
    private sealed class FloatCounter(string prefix)
    {
        private int _tables;
        private int _figures;
        private int _formulas;
        public string NextTable() => $"{prefix}{++_tables}";
        public string NextFormula() => $"{prefix}{++_formulas}";
        public string NextFigure() => $"{prefix}{++_figures}";
    }
}

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using StdKit.Generator.Docx.Layout;
using StdKit.Generator.Docx.Styles;
using Captions = StdKit.Model.Wording.Captions;
using Headings = StdKit.Model.Wording.Headings;
using M = StdKit.Model.Body;

namespace StdKit.Generator.Docx.Writers;

/// <summary>Writes divisions and their blocks: headings, paragraphs, lists, notes, examples, terms, tables,
/// figures.</summary>
/// <param name="numbered">False for documents that are not standards (编制说明): headings print their titles only.</param>
/// <param name="layout">What the last layout pass measured: where tables cross pages.</param>
public sealed class BlockWriter(DocumentBuilder doc, bool numbered = true, PrintLayout? layout = null) : M.IBlockVisitor
{
    public void Division(M.Division division)
    {
        Blocks(division.Blocks);
        foreach (var clause in division.Clauses) Clause(clause);
    }

    /// <summary>A titled clause is a heading; an untitled one runs its number into its first paragraph (GB/T 1.1
    /// 7.3).</summary>
    public void Clause(M.Clause clause)
    {
        if (clause.Title is not null)
        {
            doc.Add(StyleIds.Heading(clause.Level), numbered ? Headings.Clause(clause) : clause.Title);
            Division(clause);
            return;
        }
        var number = DocumentBuilder.Text(clause.Number + "\u3000", StyleIds.ClauseNumber);
        if (clause.Blocks.FirstOrDefault() is M.Paragraph first)
        {
            doc.Add(StyleIds.UntitledClause, [.. number, .. doc.Inline(first.Text)]);
            Blocks(clause.Blocks.Skip(1));
        }
        else
        {
            doc.Add(StyleIds.UntitledClause, number);
            Blocks(clause.Blocks);
        }
        foreach (var child in clause.Clauses) Clause(child);
    }

    public void Annex(M.Annex annex)
    {
        doc.Add(StyleIds.AnnexHeading, Headings.Annex(annex));
        Division(annex);
    }

    public void Blocks(IEnumerable<M.Block> blocks)
    {
        foreach (var block in blocks) block.Accept(this);
    }

    public void Paragraph(M.Paragraph paragraph) => doc.Add(StyleIds.Paragraph, doc.Inline(paragraph.Text));

    public void Note(M.Note note) =>
        Labelled(note.Label.Length > 2 ? StyleIds.NoteNumbered : StyleIds.Note, StyleIds.NoteLabel, note);

    public void Example(M.Example example) => Labelled(StyleIds.Example, StyleIds.ExampleLabel, example);

    public void DocumentEntry(M.DocumentEntry entry) =>
        doc.Add(entry.Label.Length > 0 ? StyleIds.BibliographyEntry : StyleIds.ReferenceEntry,
            Captions.DocumentEntry(entry));

    public void Table(M.Table table) => TableWriter.Write(doc, Captions.Table(table), table,
        continuation: new TableContinuation(doc.MarkPrefix + TableContinuation.KeyOf(table.Number),
            Captions.TableContinued(table),
            (layout ?? PrintLayout.Unmeasured).BreaksOf(table.Number)));

    public void Figure(M.Figure figure) => FigureWriter.Write(doc, figure, Blocks);

    public void Formula(M.Formula formula) => FormulaWriter.Write(doc, formula);

    private void Labelled(string style, string labelStyle, M.AdditionalInformation info) =>
        doc.Add(style, [.. DocumentBuilder.Text(info.Label, labelStyle), .. doc.Inline(info.Text)]);

    /// <summary>The marker, a tab to the hanging indent, then the text (GB/T 1.1 10.4.1 list layout).</summary>
    public void List(M.ListBlock list)
    {
        var style = list.Depth == 0 ? StyleIds.ListLevel1 : StyleIds.ListLevel2;
        foreach (var item in list.Items)
        {
            doc.Add(style, [.. DocumentBuilder.Text($"{item.Marker}\t"), .. doc.Inline(item.Text)]);
            if (item.SubList is { } sub) List(sub);
        }
    }

    /// <summary>Number alone, then term and English term, then definition, notes, examples and source (facts §3,
    /// §5.6).</summary>
    public void Term(M.TermEntry term)
    {
        doc.Add(StyleIds.TermNumber, term.Number);
        doc.Add(StyleIds.TermName, Captions.TermName(term));
        if (!term.Definition.IsEmpty) doc.Add(StyleIds.Paragraph, doc.Inline(term.Definition));
        Blocks(term.Blocks);
        if (term.TermSource is { } source) doc.Add(StyleIds.Paragraph, Captions.TermSource(source));
    }
}

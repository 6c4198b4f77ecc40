using StdKit.Model.Body;
using StdKit.Model.Documents;
using StdKit.Model.Metadata;
using StdKit.Model.Wording;

namespace StdKit.Generator.Outline;

/// <summary>
/// Prints the numbered structure of a standard — parts, chapters and 条, list items, notes, tables, figures, terms
/// and document entries — with the numbers the model computed: the drafter's quickest view of the numbering.
/// </summary>
public sealed class OutlineWriter(TextWriter output)
{
    private const int ExcerptLength = 32;

    public static string Write(Standard standard)
    {
        var text = new StringWriter { NewLine = "\n" };
        new OutlineWriter(text).WriteStandard(standard);
        return text.ToString();
    }

    public void WriteStandard(Standard standard)
    {
        var m = standard.Metadata;
        var stage = m.Stage == DraftStage.Published ? "" : $"（{m.Stage.ChineseName()}）";
        output.WriteLine($"{m.Number}　{m.Title}{stage}");
        if (m.BodyTitle is { } bodyTitle) output.WriteLine($"正文标题：{bodyTitle}");
        foreach (var part in standard.Parts) WritePart(part);
        if (!m.Index) return;
        Line(0, IndexEntries.Title);
        foreach (var group in IndexEntries.From(standard))
        {
            if (group.Initial.Length > 0) Line(1, group.Initial);
            foreach (var entry in group.Entries) Line(2, Captions.Join(entry.Keyword, entry.Number));
        }
    }

    private void WritePart(Division part)
    {
        switch (part)
        {
            case Clause chapter:
                WriteClause(chapter, 0);
                return;
            case Annex annex:
                var nature = annex.Nature is null ? "（性质未注明）" : Headings.Nature(annex.Nature);
                Line(0, $"{annex.ReferenceLabel}{nature}{annex.Title}");
                break;
            default:
                Line(0, part.Title ?? "");
                break;
        }
        WriteContent(part, 1);
    }

    private void WriteClause(Clause clause, int depth)
    {
        var heading = clause.Title ?? Excerpt(FirstText(clause)) ?? "（无标题条）";
        Line(depth, string.IsNullOrEmpty(clause.Number) ? heading : $"{clause.Number}　{heading}");
        WriteContent(clause, depth + 1);
    }

    private void WriteContent(Division division, int depth)
    {
        WriteBlocks(division.Blocks, depth);
        foreach (var clause in division.Clauses) WriteClause(clause, depth);
    }

    private void WriteBlocks(IEnumerable<Block> blocks, int depth) => blocks.Accept(new BlockLines(this, depth));

    /// <summary>One line per block at one depth; list items and term entries take what they hold one level
    /// deeper.</summary>
    private sealed class BlockLines(OutlineWriter writer, int depth) : IBlockVisitor
    {
        /// <summary>A paragraph is not shown; its footnotes are.</summary>
        public void Paragraph(Paragraph paragraph) => Footnotes(paragraph.Text);
        public void Note(Note note) => Labelled(note);
        public void Example(Example example) => Labelled(example);
        public void List(ListBlock list) => writer.WriteList(list, depth);

        public void Table(Table table)
        {
            writer.Line(depth,
                $"{table.ReferenceLabel}　{table.Title ?? "（无表题）"}（{table.Rows.Count}行×{table.ColumnCount}列）");
            foreach (var note in table.Notes) writer.Line(depth + 1, "表" + note.Label + Excerpt(note.Text.ToString()));
            foreach (var footnote in table.Footnotes)
                writer.Line(depth + 1, $"表脚注{footnote.Label}　{Excerpt(footnote.Text.ToString())}");
        }

        public void Figure(Figure figure)
        {
            writer.Line(depth, Captions.Figure(figure));
            foreach (var part in figure.SubFigures) writer.Line(depth + 1, Captions.SubFigure(part));
            Key(KeyLeads.Figure, figure.Key);
            foreach (var note in figure.Notes) writer.Line(depth + 1, "图" + note.Label + Excerpt(note.Text.ToString()));
            foreach (var footnote in figure.Footnotes)
                writer.Line(depth + 1, $"图脚注{footnote.Label}　{Excerpt(footnote.Text.ToString())}");
        }

        public void Formula(Formula formula)
        {
            writer.Line(depth, Captions.Join(formula.ReferenceLabel, MathLinear.Write(formula.Math)));
            Key(KeyLeads.Formula, formula.Key);
        }

        private void Key(string lead, IReadOnlyList<KeyEntry> key)
        {
            if (key.Count == 0) return;
            writer.Line(depth + 1, lead);
            foreach (var entry in key)
                writer.Line(depth + 2, $"{entry.Symbol}——{Excerpt(entry.Explanation.ToString())}");
        }

        private void Footnotes(InlineText text)
        {
            foreach (var footnote in text.Segments.OfType<Footnote>())
                writer.Line(depth, $"脚注{footnote.Label}　{Excerpt(footnote.Text.ToString())}");
        }

        public void Term(TermEntry term)
        {
            writer.Line(depth, Captions.Join(term.Number, Captions.TermName(term)));
            writer.WriteBlocks(term.Blocks, depth + 1);
        }

        public void DocumentEntry(DocumentEntry entry) => writer.Line(depth, Captions.DocumentEntry(entry));

        private void Labelled(AdditionalInformation info) =>
            writer.Line(depth, info.Label + Excerpt(info.Text.ToString()));
    }

    private void WriteList(ListBlock list, int depth)
    {
        foreach (var item in list.Items)
        {
            Line(depth, $"{item.Marker}{(list.Style == ListStyle.Numbered ? "　" : "")}{Excerpt(item.Text.ToString())}");
            if (item.SubList is { } sub) WriteList(sub, depth + 1);
        }
    }

    private void Line(int depth, string text) => output.WriteLine(new string(' ', depth * 2) + text);

    /// <summary>An untitled 条 is shown by the start of its first paragraph.</summary>
    private static string? FirstText(Clause clause) =>
        clause.Blocks.OfType<Paragraph>().FirstOrDefault()?.Text.ToString();

    private static string? Excerpt(string? text)
    {
        if (text is null) return null;
        var single = text.Replace('\n', ' ');
        return single.Length <= ExcerptLength ? single : single[..ExcerptLength] + "…";
    }
}

using StdKit.Model.Body;
using StdKit.Model.Documents;
using StdKit.Model.Provisions;
using StdKit.Model.Wording;

namespace StdKit.Search.Records;

/// <summary>Flattens a numbered standard into the records the knowledge base stores, in document order.</summary>
public static class ClauseRecords
{
    public static IEnumerable<ClauseRecord> From(Standard standard) => new Flattener(standard).Records();

    private sealed class Flattener(Standard standard)
    {
        private readonly string _number = standard.Metadata.Number.ToString();

        public IEnumerable<ClauseRecord> Records()
        {
            foreach (var part in standard.Parts)
                foreach (var record in FromDivision(part, part.Label, []))
                    yield return record;
        }

        /// <param name="headings">The titles of the divisions above, outermost first.</param>
        private IEnumerable<ClauseRecord> FromDivision(Division division, string label, IReadOnlyList<string> headings)
        {
            var within = division.Title is { } own ? [.. headings, own] : headings;
            // A heading is found through the text under it; an empty clause is found by its title alone.
            if (division is Clause { Title: { } title } clause
                && division.Blocks.Count == 0 && division.Clauses.Count == 0)
                yield return Record(label, title, title, clause.IsChapter ? ClauseKind.Chapter : ClauseKind.Clause,
                    clause.Source.Line, ProvisionType.Statement, [], headings, null);
            foreach (var record in FromBlocks(division.Blocks, label, within))
                yield return record;
            foreach (var child in division.Clauses)
                foreach (var record in FromDivision(child, child.Number, within))
                    yield return record;
        }

        private List<ClauseRecord> FromBlocks(IEnumerable<Block> blocks, string label, IReadOnlyList<string> headings)
        {
            var records = new BlockRecords(this, label, headings);
            blocks.Accept(records);
            return records.Records;
        }

        /// <summary>
        /// The records of the blocks of one division, under its number and the titles above, the nearest last: it is
        /// what a hit shows as its title.
        /// </summary>
        private sealed class BlockRecords(Flattener owner, string label, IReadOnlyList<string> headings) : IBlockVisitor
        {
            private readonly string? _title = headings.Count > 0 ? headings[^1] : null;

            public List<ClauseRecord> Records { get; } = [];

            // A list item without a modal verb of its own takes the provision type of its lead-in (GB/T 1.1 9.3).
            private ProvisionType _leadIn = ProvisionType.Statement;

            public void Paragraph(Paragraph p)
            {
                var text = p.Text.ToString();
                _leadIn = ModalVerbs.Classify(text);
                Add(label, _title, text, ClauseKind.Paragraph, p.Source.Line, _leadIn, [p.Text], headings, null);
                foreach (var footnote in p.Text.Segments.OfType<Footnote>())
                    Add(label, _title, footnote.Text.ToString(), ClauseKind.Note, footnote.Source.Line,
                        ProvisionType.Statement, [footnote.Text], headings, null);
            }

            // Notes and examples are informative: they state, they do not require (GB/T 1.1 9.10, 9.11).
            public void Note(Note n) => Add(label, _title, n.Text.ToString(), ClauseKind.Note, n.Source.Line,
                ProvisionType.Statement, [n.Text], headings, null);

            public void Example(Example e) => Add(label, _title, e.Text.ToString(), ClauseKind.Example, e.Source.Line,
                ProvisionType.Statement, [e.Text], headings, null);

            /// <summary>
            /// Each item, with its lead-in beside it; the lead-in gets the items as a reader sees them.
            /// </summary>
            public void List(ListBlock list)
            {
                var items = list.DescendantsAndSelf().OfType<ListItem>().ToList();
                string? leadIn = null;
                if (Records is [.., { Kind: ClauseKind.Paragraph } last])
                {
                    leadIn = last.Text;
                    Records[^1] = last with { Context = string.Join('\n', items.Select(i => $"{i.Marker} {i.Text}")) };
                }
                foreach (var item in items)
                {
                    var own = ModalVerbs.Classify(item.Text.ToString());
                    Add(item.ReferenceLabel, _title, item.Text.ToString(), ClauseKind.ListItem, item.Source.Line,
                        own == ProvisionType.Statement ? _leadIn : own, [item.Text], headings, leadIn);
                }
            }

            public void Term(TermEntry term)
            {
                var termTitle = Captions.TermName(term);
                Add(term.Number, termTitle, term.Definition.ToString(), ClauseKind.Term, term.Source.Line,
                    ProvisionType.Statement, [term.Definition], [.. headings, termTitle], null);
                Records.AddRange(owner.FromBlocks(term.Blocks, term.Number, [.. headings, termTitle]));
            }

            /// <summary>Each row, under the table's header row.</summary>
            public void Table(Table table)
            {
                var within = table.Title is { } tableTitle ? [.. headings, tableTitle] : headings;
                var header = table.HeaderRows.Count == 0 ? null : string.Join('\n', table.HeaderRows.Select(RowText));
                foreach (var row in table.Rows)
                {
                    var rowText = RowText(row);
                    Add(table.ReferenceLabel, table.Title ?? _title, rowText, ClauseKind.TableRow, row.Source.Line,
                        ModalVerbs.Classify(rowText), row.Cells.Select(c => c.Text), within, header);
                }
                NotesOf(table.ReferenceLabel, table.Title ?? _title, table.Notes, table.Footnotes, within);
            }

            /// <summary>
            /// A figure is found by the clause that shows it, by its key, and by its notes and footnotes under its
            /// number as a table's are; its picture holds no text.
            /// </summary>
            public void Figure(Figure figure)
            {
                Key(figure.Key, Captions.Figure(figure), figure.Source.Line);
                var within = figure.Title.Length > 0 ? [.. headings, figure.Title] : headings;
                NotesOf(figure.ReferenceLabel, figure.Title.Length > 0 ? figure.Title : _title, figure.Notes,
                    figure.Footnotes, within);
            }

            /// <summary>
            /// 表注 and 图注 state (GB/T 1.1 9.11); a table's or figure's footnote may require (9.12.2), so it keeps
            /// the provision type of its words.
            /// </summary>
            private void NotesOf(string number, string? recordTitle, IEnumerable<Note> notes,
                IEnumerable<Footnote> footnotes, IReadOnlyList<string> within)
            {
                foreach (var note in notes)
                    Add(number, recordTitle, note.Text.ToString(), ClauseKind.Note, note.Source.Line,
                        ProvisionType.Statement, [note.Text], within, null);
                foreach (var footnote in footnotes)
                {
                    var text = footnote.Text.ToString();
                    Add(number, recordTitle, text, ClauseKind.Note, footnote.Source.Line, ModalVerbs.Classify(text),
                        [footnote.Text], within, null);
                }
            }

            /// <summary>A formula is found by what its symbols stand for, under the clause that shows it.</summary>
            public void Formula(Formula formula) =>
                Key(formula.Key, Captions.Join(formula.ReferenceLabel, MathLinear.Write(formula.Math)),
                    formula.Source.Line);

            private void Key(IReadOnlyList<KeyEntry> key, string caption, int line)
            {
                if (key.Count == 0) return;
                var text = caption + "\n" + string.Join('\n', key.Select(k => $"{k.Symbol}——{k.Explanation}"));
                Add(label, _title, text, ClauseKind.Paragraph, line, ProvisionType.Statement,
                    key.Select(k => k.Explanation), headings, null);
            }

            public void DocumentEntry(DocumentEntry entry) =>
                Add(label, _title, entry.DisplayText, ClauseKind.DocumentEntry,
                    entry.Source.Line, ProvisionType.Statement, [entry.Text], headings, null);

            private static string RowText(TableRow row) =>
                string.Join(" | ", row.Cells.Select(c => c.Text.ToString().Replace('\n', ' ')));

            private void Add(string number, string? recordTitle, string text, ClauseKind kind, int line,
                ProvisionType provision, IEnumerable<InlineText> texts, IReadOnlyList<string> within,
                string? context) =>
                Records.Add(owner.Record(number, recordTitle, text, kind, line, provision, texts, within, context));
        }

        private ClauseRecord Record(string number, string? title, string text, ClauseKind kind, int line,
            ProvisionType provision, IEnumerable<InlineText> texts, IReadOnlyList<string> headings, string? context) =>
            new(_number, number, title, text, kind, line, provision,
                ReferenceFinder.In(texts, standard.Metadata.Number, standard.Metadata.Title), headings, context);
    }
}

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
                foreach (var record in FromDivision(part, part.Label))
                    yield return record;
        }

        /// <param name="above">The title of the nearest titled division above, which an untitled 条 shows instead.</param>
        private IEnumerable<ClauseRecord> FromDivision(Division division, string label, string? above = null)
        {
            if (division is Clause { Title: { } title } clause)
                yield return Record(label, title, title, clause.IsChapter ? ClauseKind.Chapter : ClauseKind.Clause, clause.Source.Line, ProvisionType.Statement, []);
            var shown = division.Title ?? above;
            foreach (var record in FromBlocks(division.Blocks, label, shown))
                yield return record;
            foreach (var child in division.Clauses)
                foreach (var record in FromDivision(child, child.Number, shown))
                    yield return record;
        }

        private IEnumerable<ClauseRecord> FromBlocks(IEnumerable<Block> blocks, string label, string? title)
        {
            var records = new BlockRecords(this, label, title);
            blocks.Accept(records);
            return records.Records;
        }

        /// <summary>The records of the blocks of one division, under its number and title.</summary>
        private sealed class BlockRecords(Flattener owner, string label, string? title) : IBlockVisitor
        {
            public List<ClauseRecord> Records { get; } = [];

            // A list item without a modal verb of its own takes the provision type of its lead-in (GB/T 1.1 9.3).
            private ProvisionType _leadIn = ProvisionType.Statement;

            public void Paragraph(Paragraph p)
            {
                var text = p.Text.ToString();
                _leadIn = ModalVerbs.Classify(text);
                Add(label, title, text, ClauseKind.Paragraph, p.Source.Line, _leadIn, [p.Text]);
            }

            // Notes and examples are informative: they state, they do not require (GB/T 1.1 9.10, 9.11).
            public void Note(Note n) =>
                Add(label, title, n.Text.ToString(), ClauseKind.Note, n.Source.Line, ProvisionType.Statement, [n.Text]);

            public void Example(Example e) =>
                Add(label, title, e.Text.ToString(), ClauseKind.Example, e.Source.Line, ProvisionType.Statement, [e.Text]);

            public void List(ListBlock list)
            {
                foreach (var item in list.DescendantsAndSelf().OfType<ListItem>())
                {
                    var own = ModalVerbs.Classify(item.Text.ToString());
                    Add(item.ReferenceLabel, title, item.Text.ToString(), ClauseKind.ListItem, item.Source.Line,
                        own == ProvisionType.Statement ? _leadIn : own, [item.Text]);
                }
            }

            public void Term(TermEntry term)
            {
                var termTitle = Captions.TermName(term);
                Add(term.Number, termTitle, term.Definition.ToString(), ClauseKind.Term, term.Source.Line, ProvisionType.Statement, [term.Definition]);
                Records.AddRange(owner.FromBlocks(term.Blocks, term.Number, termTitle));
            }

            public void Table(Table table)
            {
                foreach (var row in table.Rows)
                {
                    var rowText = string.Join(" | ", row.Cells.Select(c => c.Text.ToString().Replace('\n', ' ')));
                    Add(table.ReferenceLabel, table.Title ?? title, rowText, ClauseKind.TableRow, row.Source.Line,
                        ModalVerbs.Classify(rowText), row.Cells.Select(c => c.Text));
                }
            }

            /// <summary>A figure is found by the clause that shows it; its picture holds no searchable text.</summary>
            public void Figure(Figure figure) { }

            public void DocumentEntry(DocumentEntry entry) =>
                Add(label, title, entry.DisplayText, ClauseKind.DocumentEntry, entry.Source.Line, ProvisionType.Statement, [entry.Text]);

            private void Add(string number, string? recordTitle, string text, ClauseKind kind, int line, ProvisionType provision,
                IEnumerable<InlineText> texts) => Records.Add(owner.Record(number, recordTitle, text, kind, line, provision, texts));
        }

        private ClauseRecord Record(string number, string? title, string text, ClauseKind kind, int line, ProvisionType provision,
            IEnumerable<InlineText> texts) =>
            new(_number, number, title, text, kind, line, provision,
                ReferenceFinder.In(texts, standard.Metadata.Number, standard.Metadata.Title));
    }
}

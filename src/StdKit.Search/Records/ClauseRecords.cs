using StdKit.Model.Body;
using StdKit.Model.Documents;
using StdKit.Model.Provisions;

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
            // A list item without a modal verb of its own takes the provision type of its lead-in (GB/T 1.1 9.3).
            var leadIn = ProvisionType.Statement;
            foreach (var block in blocks)
            {
                switch (block)
                {
                    case Paragraph p:
                        var text = p.Text.ToString();
                        leadIn = ModalVerbs.Classify(text);
                        yield return Record(label, title, text, ClauseKind.Paragraph, p.Source.Line, leadIn, [p.Text]);
                        break;
                    // Notes and examples are informative: they state, they do not require (GB/T 1.1 9.10, 9.11).
                    case Note n:
                        yield return Record(label, title, n.Text.ToString(), ClauseKind.Note, n.Source.Line, ProvisionType.Statement, [n.Text]);
                        break;
                    case Example e:
                        yield return Record(label, title, e.Text.ToString(), ClauseKind.Example, e.Source.Line, ProvisionType.Statement, [e.Text]);
                        break;
                    case ListBlock list:
                        foreach (var item in list.DescendantsAndSelf().OfType<ListItem>())
                        {
                            var own = ModalVerbs.Classify(item.Text.ToString());
                            yield return Record(item.ReferenceLabel, title, item.Text.ToString(), ClauseKind.ListItem, item.Source.Line,
                                own == ProvisionType.Statement ? leadIn : own, [item.Text]);
                        }
                        break;
                    case TermEntry term:
                        var termTitle = term.EnglishTerm is null ? term.Term : $"{term.Term}　{term.EnglishTerm}";
                        yield return Record(term.Number, termTitle, term.Definition.ToString(), ClauseKind.Term, term.Source.Line, ProvisionType.Statement, [term.Definition]);
                        foreach (var record in FromBlocks(term.Blocks, term.Number, termTitle))
                            yield return record;
                        break;
                    case Table table:
                        foreach (var row in table.Rows)
                        {
                            var rowText = string.Join(" | ", row.Cells.Select(c => c.Text.ToString().Replace('\n', ' ')));
                            yield return Record(table.ReferenceLabel, table.Title ?? title, rowText, ClauseKind.TableRow, row.Source.Line,
                                ModalVerbs.Classify(rowText), row.Cells.Select(c => c.Text));
                        }
                        break;
                    case DocumentEntry entry:
                        yield return Record(label, title, entry.DisplayText, ClauseKind.DocumentEntry, entry.Source.Line, ProvisionType.Statement, [entry.Text]);
                        break;
                }
            }
        }

        private ClauseRecord Record(string number, string? title, string text, ClauseKind kind, int line, ProvisionType provision,
            IEnumerable<InlineText> texts) =>
            new(_number, number, title, text, kind, line, provision,
                ReferenceFinder.In(texts, standard.Metadata.Number, standard.Metadata.Title));
    }
}

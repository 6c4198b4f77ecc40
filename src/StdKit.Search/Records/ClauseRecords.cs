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

        /// <param name="headings">The titles of the divisions above, outermost first.</param>
        private IEnumerable<ClauseRecord> FromDivision(Division division, string label, IReadOnlyList<string>? headings = null)
        {
            headings ??= [];
            var within = division.Title is { } own ? [.. headings, own] : headings;
            // A heading is found through the text under it; an empty clause is found by its title alone.
            if (division is Clause { Title: { } title } clause && division.Blocks.Count == 0 && division.Clauses.Count == 0)
                yield return Record(label, title, title, clause.IsChapter ? ClauseKind.Chapter : ClauseKind.Clause,
                    clause.Source.Line, ProvisionType.Statement, [], headings, null);
            foreach (var record in FromBlocks(division.Blocks, label, within))
                yield return record;
            foreach (var child in division.Clauses)
                foreach (var record in FromDivision(child, child.Number, within))
                    yield return record;
        }

        /// <param name="headings">The titles above, the nearest last: it is what a hit shows as its title.</param>
        private IEnumerable<ClauseRecord> FromBlocks(IReadOnlyList<Block> blocks, string label, IReadOnlyList<string> headings)
        {
            var title = headings.Count > 0 ? headings[^1] : null;
            // A list item without a modal verb of its own takes the provision type of its lead-in (GB/T 1.1 9.3).
            var leadIn = ProvisionType.Statement;
            string? leadInText = null;
            for (var i = 0; i < blocks.Count; i++)
            {
                switch (blocks[i])
                {
                    case Paragraph p:
                        var text = p.Text.ToString();
                        leadIn = ModalVerbs.Classify(text);
                        leadInText = text;
                        var items = i + 1 < blocks.Count && blocks[i + 1] is ListBlock next ? Items(next) : null;
                        yield return Record(label, title, text, ClauseKind.Paragraph, p.Source.Line, leadIn, [p.Text], headings, items);
                        break;
                    // Notes and examples are informative: they state, they do not require (GB/T 1.1 9.10, 9.11).
                    case Note n:
                        yield return Record(label, title, n.Text.ToString(), ClauseKind.Note, n.Source.Line, ProvisionType.Statement,
                            [n.Text], headings, null);
                        break;
                    case Example e:
                        yield return Record(label, title, e.Text.ToString(), ClauseKind.Example, e.Source.Line,
                            ProvisionType.Statement, [e.Text], headings, null);
                        break;
                    case ListBlock list:
                        foreach (var item in list.DescendantsAndSelf().OfType<ListItem>())
                        {
                            var own = ModalVerbs.Classify(item.Text.ToString());
                            yield return Record(item.ReferenceLabel, title, item.Text.ToString(), ClauseKind.ListItem, item.Source.Line,
                                own == ProvisionType.Statement ? leadIn : own, [item.Text], headings, leadInText);
                        }
                        break;
                    case TermEntry term:
                        var termTitle = term.EnglishTerm is null ? term.Term : $"{term.Term}　{term.EnglishTerm}";
                        yield return Record(term.Number, termTitle, term.Definition.ToString(), ClauseKind.Term, term.Source.Line,
                            ProvisionType.Statement, [term.Definition], [.. headings, termTitle], null);
                        foreach (var record in FromBlocks(term.Blocks, term.Number, [.. headings, termTitle]))
                            yield return record;
                        break;
                    case Table table:
                        var within = table.Title is { } tableTitle ? [.. headings, tableTitle] : headings;
                        var header = table.HeaderRows.Count == 0 ? null
                            : string.Join("\n", table.HeaderRows.Select(RowText));
                        foreach (var row in table.Rows)
                        {
                            var rowText = RowText(row);
                            yield return Record(table.ReferenceLabel, table.Title ?? title, rowText, ClauseKind.TableRow,
                                row.Source.Line, ModalVerbs.Classify(rowText), row.Cells.Select(c => c.Text), within, header);
                        }
                        break;
                    case DocumentEntry entry:
                        yield return Record(label, title, entry.DisplayText, ClauseKind.DocumentEntry, entry.Source.Line,
                            ProvisionType.Statement, [entry.Text], headings, null);
                        break;
                }
                if (blocks[i] is not (Paragraph or ListBlock)) leadInText = null;
            }
        }

        private static string RowText(TableRow row) =>
            string.Join(" | ", row.Cells.Select(c => c.Text.ToString().Replace('\n', ' ')));

        /// <summary>A lead-in's items as a reader sees them: "a) …" a line each.</summary>
        private static string Items(ListBlock list) => string.Join("\n",
            list.DescendantsAndSelf().OfType<ListItem>().Select(item => $"{item.Marker} {item.Text}"));

        private ClauseRecord Record(string number, string? title, string text, ClauseKind kind, int line,
            ProvisionType provision, IEnumerable<InlineText> texts, IReadOnlyList<string> headings, string? context) =>
            new(_number, number, title, text, kind, line, provision,
                ReferenceFinder.In(texts, standard.Metadata.Number, standard.Metadata.Title), headings, context);
    }
}

using StdKit.Model.Body;
using StdKit.Model.Documents;

namespace StdKit.Search.Records;

/// <summary>Flattens a numbered standard into the records the knowledge base stores, in document order.</summary>
public static class ClauseRecords
{
    public static IEnumerable<ClauseRecord> From(Standard standard)
    {
        var number = standard.Metadata.Number.ToString();
        foreach (var part in standard.Parts)
            foreach (var record in FromDivision(number, part, Label(part)))
                yield return record;
    }

    private static string Label(Division division) => division switch
    {
        Clause c => c.Number,
        Annex a => a.ReferenceLabel,
        _ => division.Title ?? "",
    };

    private static IEnumerable<ClauseRecord> FromDivision(string standard, Division division, string label)
    {
        if (division is Clause { Title: { } title } clause)
            yield return new ClauseRecord(standard, label, title, title, clause.IsChapter ? ClauseKind.Chapter : ClauseKind.Clause, clause.Source.Line);
        foreach (var record in FromBlocks(standard, division.Blocks, label, division.Title))
            yield return record;
        foreach (var child in division.Clauses)
            foreach (var record in FromDivision(standard, child, child.Number))
                yield return record;
    }

    private static IEnumerable<ClauseRecord> FromBlocks(string standard, IEnumerable<Block> blocks, string label, string? title)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Paragraph p:
                    yield return new ClauseRecord(standard, label, title, p.Text.ToString(), ClauseKind.Paragraph, p.Source.Line);
                    break;
                case Note n:
                    yield return new ClauseRecord(standard, label, title, n.Text.ToString(), ClauseKind.Note, n.Source.Line);
                    break;
                case Example e:
                    yield return new ClauseRecord(standard, label, title, e.Text.ToString(), ClauseKind.Example, e.Source.Line);
                    break;
                case ListBlock list:
                    foreach (var item in list.DescendantsAndSelf().OfType<ListItem>())
                        yield return new ClauseRecord(standard, item.ReferenceLabel, title, item.Text.ToString(), ClauseKind.ListItem, item.Source.Line);
                    break;
                case TermEntry term:
                    var termTitle = term.EnglishTerm is null ? term.Term : $"{term.Term}　{term.EnglishTerm}";
                    yield return new ClauseRecord(standard, term.Number, termTitle, term.Definition.ToString(), ClauseKind.Term, term.Source.Line);
                    foreach (var record in FromBlocks(standard, term.Blocks, term.Number, termTitle))
                        yield return record;
                    break;
                case Table table:
                    foreach (var row in table.Rows)
                        yield return new ClauseRecord(standard, table.ReferenceLabel, table.Title ?? title,
                            string.Join(" | ", row.Cells.Select(c => c.Text.ToString().Replace('\n', ' '))), ClauseKind.TableRow, row.Source.Line);
                    break;
            }
        }
    }
}

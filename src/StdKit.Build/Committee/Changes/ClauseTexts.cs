using StdKit.Model.Body;
using StdKit.Model.Committee;
using StdKit.Model.Documents;

namespace StdKit.Build.Committee.Changes;

/// <summary>
/// Cuts a standard into the units a comparison pairs: every numbered chapter and 条, every term entry and annex, and the
/// 引言 and 参考文献 — each with its own text as printed (list markers, note labels, table cells), not its sub-clauses'.
/// </summary>
internal static class ClauseTexts
{
    public static IReadOnlyList<ClauseText> Of(Standard standard)
    {
        var units = new List<ClauseText>();
        foreach (var part in standard.Parts) Add(part, units);
        return units;
    }

    private static void Add(Division division, List<ClauseText> units)
    {
        var (label, kind) = division switch
        {
            Annex a => (a.Label, "附录"),
            Section { Kind: not SectionKind.Preface } s => (s.Label, s.Label),
            Clause { Number.Length: > 0 } c => (c.Number, c.IsChapter ? "章" : "条"),
            _ => ("", ""),
        };
        if (label.Length > 0)
            units.Add(new ClauseText(label, division is Section ? null : division.Title,
                Text(division.Blocks.Where(b => b is not TermEntry)), kind));
        foreach (var term in division.Blocks.OfType<TermEntry>().Where(t => t.Number.Length > 0))
            units.Add(new ClauseText(term.Number, term.Term,
                Text([new Paragraph(term.Source, term.Definition), .. term.Blocks]), "术语"));
        foreach (var clause in division.Clauses) Add(clause, units);
    }

    private static string Text(IEnumerable<Block> blocks) => string.Join("\n", blocks.SelectMany(Lines));

    private static IEnumerable<string> Lines(Block block) => block switch
    {
        Paragraph p => [p.Text.ToString()],
        AdditionalInformation info => [info.Label + info.Text],
        ListBlock list => list.Items.SelectMany(i => (IEnumerable<string>)
            [$"{i.Marker}{(i.Marker.Length > 1 ? "" : " ")}{i.Text}", .. i.SubList is null ? [] : Lines(i.SubList)]),
        Table t => [$"表{t.Number}　{t.Title}",
            .. t.HeaderRows.Concat(t.Rows).Select(r => string.Join(" | ", r.Cells.Select(c => c.Text)))],
        Figure f => [$"图{f.Number}　{f.Title}"],
        DocumentEntry d => [d.DisplayText],
        _ => [],
    };
}

using StdKit.Model.Body;
using StdKit.Model.Documents;

namespace StdKit.Tests.Import;

/// <summary>One unit of a standard for comparison: where it is (its number), what it is, and its printed
/// text.</summary>
public sealed record StandardUnit(string Number, string Kind, string Text)
{
    public override string ToString() => $"{Number} {Kind} {Text}";
}

/// <summary>
/// A standard flattened into units — title and number, chapters, 条, paragraphs, list items, notes, examples, terms,
/// document entries, tables and figures — each with the number it prints under and its text without white space.
/// </summary>
public static class StandardUnits
{
    public static List<StandardUnit> Of(Standard standard)
    {
        var units = new List<StandardUnit>
        {
            new("", "编号", Flat(standard.Metadata.Number.ToString())),
            new("", "名称", Flat(standard.Metadata.Title)),
        };
        foreach (var part in standard.Parts) Division(part, units);
        return units;
    }

    private static void Division(Division division, List<StandardUnit> units)
    {
        var label = division switch
        {
            Clause c => c.Number,
            Annex a => a.ReferenceLabel,
            _ => division.Title ?? "",
        };
        var kind = division switch
        {
            Clause { IsChapter: true } => "章",
            Clause => "条",
            Annex a => "附录" + a.Nature,
            _ => "部分",
        };
        units.Add(new StandardUnit(label, kind, Flat(division.Title ?? "")));
        Blocks(label, division.Blocks, units);
        foreach (var clause in division.Clauses) Division(clause, units);
    }

    private static void Blocks(string label, IEnumerable<Block> blocks, List<StandardUnit> units)
    {
        foreach (var block in blocks)
            switch (block)
            {
                case Paragraph p:
                    units.Add(new StandardUnit(label, "段", Flat(p.Text)));
                    break;
                case Note n:
                    units.Add(new StandardUnit(label, "注", Flat(n.Text)));
                    break;
                case Example e:
                    units.Add(new StandardUnit(label, "示例", Flat(e.Text)));
                    break;
                case ListBlock list:
                    Items(label, list, units);
                    break;
                case TermEntry t:
                    units.Add(new StandardUnit(t.Number, "术语",
                        Flat($"{t.Term}|{t.EnglishTerm}|{t.Definition}|{t.TermSource}")));
                    Blocks(t.Number, t.Blocks, units);
                    break;
                case DocumentEntry d:
                    units.Add(new StandardUnit(label, "文件", Flat(d.DisplayText)));
                    break;
                case Table t:
                    units.Add(new StandardUnit(t.ReferenceLabel, "表", Flat(t.Title ?? "")));
                    foreach (var row in t.HeaderRows.Concat(t.Rows))
                        units.Add(new StandardUnit(t.ReferenceLabel, "表行",
                            string.Join("|", row.Cells.Select(c => c.MergedAbove ? "^" : Flat(c.Text)))));
                    break;
                case Figure f:
                    units.Add(new StandardUnit(f.ReferenceLabel, "图", Flat(f.Title)));
                    break;
            }
    }

    private static void Items(string label, ListBlock list, List<StandardUnit> units)
    {
        foreach (var item in list.Items)
        {
            units.Add(new StandardUnit($"{label} {item.Marker}", "列项", Flat(item.Text)));
            if (item.SubList is { } sub) Items($"{label} {item.Marker}", sub, units);
        }
    }

    /// <summary>The share of <paramref name="expected"/> units found, with the same number, kind and text, in
    /// <paramref name="actual"/> (each unit matched at most once).</summary>
    public static double Agreement(IReadOnlyList<StandardUnit> expected, IReadOnlyList<StandardUnit> actual)
    {
        var left = actual.GroupBy(u => u).ToDictionary(g => g.Key, g => g.Count());
        var matched = 0;
        foreach (var unit in expected)
            if (left.TryGetValue(unit, out var n) && n > 0)
            {
                left[unit] = n - 1;
                matched++;
            }
        return expected.Count == 0 ? 1 : (double)matched / expected.Count;
    }

    private static string Flat(object? text) => string.Concat((text?.ToString() ?? "").Where(c
        => !char.IsWhiteSpace(c)));
}

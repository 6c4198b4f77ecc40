using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace StdKit.Import.Word;

/// <summary>
/// Replays Word's list numbering (numbering.xml): the label each numbered paragraph shows — "4.3.1", "a)", "注1：" —
/// which is not in the text. Counters belong to the abstract definition, so lists that share one keep counting, as
/// Word does; a level restarts the levels below it.
/// </summary>
internal sealed class WordNumbering
{
    private sealed record LevelFormat(int Start, string Format, string Text);

    private readonly Dictionary<int, (int Abstract, Dictionary<int, int> StartOverrides)> instances = [];
    private readonly Dictionary<int, Dictionary<int, LevelFormat>> abstracts = [];
    private readonly Dictionary<int, int[]> counters = [];
    private readonly HashSet<int> started = [];

    public WordNumbering(NumberingDefinitionsPart? part)
    {
        if (part?.Numbering is not { } numbering) return;
        foreach (var a in numbering.Elements<AbstractNum>())
        {
            if (a.AbstractNumberId?.Value is not { } id) continue;
            abstracts[id] = a.Elements<Level>().Where(l => l.LevelIndex?.Value is not null).ToDictionary(
                l => l.LevelIndex!.Value,
                l => new LevelFormat(l.StartNumberingValue?.Val?.Value ?? 1,
                    l.NumberingFormat?.Val?.InnerText ?? "decimal", l.LevelText?.Val?.Value ?? ""));
        }
        foreach (var n in numbering.Elements<NumberingInstance>())
        {
            if (n.NumberID?.Value is not { } id || n.AbstractNumId?.Val?.Value is not { } abstractId) continue;
            var overrides = n.Elements<LevelOverride>()
                .Where(o => o.LevelIndex?.Value is not null && o.StartOverrideNumberingValue?.Val?.Value is not null)
                .ToDictionary(o => o.LevelIndex!.Value, o => o.StartOverrideNumberingValue!.Val!.Value);
            instances[id] = (abstractId, overrides);
        }
    }

    /// <summary>Advances the list and returns the paragraph's label, or null when the paragraph is not
    /// numbered.</summary>
    public string? Next(int numId, int level)
    {
        if (!instances.TryGetValue(numId, out var instance)
            || !abstracts.TryGetValue(instance.Abstract, out var levels)
            || !levels.TryGetValue(level, out var format)) return null;
        var count = counters.TryGetValue(instance.Abstract, out var c) ? c : counters[instance.Abstract] = new int[9];
        if (started.Add(numId))
            foreach (var (l, start) in instance.StartOverrides) count[l] = start - 1;
        count[level] = count[level] == 0 && format.Start > 1 ? format.Start : count[level] + 1;
        for (var deeper = level + 1; deeper < count.Length; deeper++) count[deeper] = 0;
        if (format.Format is "none") return null;
        if (format.Format is "bullet") return format.Text;
        var label = format.Text;
        for (var l = 0; l <= level; l++)
        {
            var value = Math.Max(count[l], levels.TryGetValue(l, out var f) ? f.Start : 1);
            label = label.Replace($"%{l + 1}", Format(value, levels.TryGetValue(l, out var g) ? g.Format : "decimal"));
        }
        return label.Trim();
    }

    private static string Format(int value, string format) => format switch
    {
        // A level that shows no number ("%1" of the templates' hidden chapter level) adds nothing to the label.
        "none" => "",
        "lowerLetter" => Letter(value, 'a'),
        "upperLetter" => Letter(value, 'A'),
        "lowerRoman" => Roman(value).ToLowerInvariant(),
        "upperRoman" => Roman(value),
        _ => value.ToString(),
    };

    private static string Letter(int value, char first) =>
        value < 1 ? "" : new string((char)(first + (value - 1) % 26), 1);

    private static string Roman(int value)
    {
        var result = new System.Text.StringBuilder();
        foreach (var (n, s) in new[] { (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I") })
            while (value >= n) { result.Append(s); value -= n; }
        return result.ToString();
    }
}

using System.Text.RegularExpressions;

namespace StdKit.Import.Output;

/// <summary>
/// The body of the content file as it is assembled, line by line. Headings, tables, figures, annexes and term entries
/// register the number they print; once everything is placed, a typed cross-reference that names one of those
/// numbers ("见4.3.1", "按表1", "见附录A") becomes <c>[[id]]</c> and the target gets the id.
/// </summary>
internal sealed partial class MarkdownBody
{
    private sealed class Line(string text, bool list, bool optional)
    {
        public string Text { get; set; } = text;
        public string? Id { get; set; }
        public bool List { get; } = list;
        /// <summary>Written only when something refers to it (the caption line of an untitled table).</summary>
        public bool Optional { get; } = optional;
    }

    private readonly List<Line> lines = [];
    private readonly Dictionary<string, (Line Line, string Id)> targets = [];

    /// <summary>Ends the current block: the next text starts a new paragraph.</summary>
    public void Blank()
    {
        if (lines.Count > 0 && lines[^1].Text.Length > 0) lines.Add(new Line("", false, false));
    }

    public bool LastIsList => lines.Count > 0 && lines[^1].List;

    /// <summary>Adds a line; <paramref name="label"/> is the number it prints ("4.1", "第4章", "表1", "附录A").</summary>
    public void Add(string text, string? label = null, string? id = null, bool list = false, bool optional = false)
    {
        var line = new Line(text, list, optional);
        lines.Add(line);
        if (label is not null && id is not null) targets.TryAdd(label, (line, id));
    }

    public int ReferenceCount { get; private set; }

    /// <summary>Paragraph text that Markdown would otherwise read as a quote, heading, list or rule: its first mark
    /// escaped.</summary>
    public static string Literal(string text) => BlockMark().Replace(text, @"$1\$2", 1);

    /// <summary>The body text, references resolved; call once, when every target is placed.</summary>
    public string Render()
    {
        foreach (var line in lines.Where(l => !l.Text.StartsWith('#')))
            line.Text = Reference().Replace(line.Text, m =>
            {
                if (!targets.TryGetValue(m.Value, out var target)) return m.Value;
                target.Line.Id = target.Id;
                ReferenceCount++;
                return $"[[{target.Id}]]";
            });
        // "{{" opens a template statement in a content file (docs/content-format.md §2.15): as text it is a
        // template string.
        var written = lines.Where(l => !l.Optional || l.Id is not null)
            .Select(l => (l.Id is null ? l.Text : $"{l.Text} {{#{l.Id}}}").Replace("{{", "{{ \"{{\" }}"));
        return string.Join("\n", written).TrimEnd() + "\n";
    }

    /// <summary>A quote, heading, bullet or rule mark at the start, or the "." or ")" after the digits of an
    /// ordered list's marker.</summary>
    [GeneratedRegex(@"^(\s*|\s*\d+)([>#+*]|-(?=\s|$)|(?<=\d)[.)](?=\s|$)|={3,}$)")]
    private static partial Regex BlockMark();

    [GeneratedRegex(@"(?<=(?:见|按|符合|按照|依据|参照|参见|和|、|或|及|与|至|～)\s*)"
        + @"(?:第\d+章|附录[A-Z]|[表图](?:[A-Z]\.)?\d+|[A-Z]\.\d+(?:\.\d+)*|\d+\.\d+(?:\.\d+)*)(?![\d.．A-Za-z年月日%％])")]
    private static partial Regex Reference();
}

using System.Text;
using System.Text.RegularExpressions;
using Markdig.Syntax.Inlines;
using StdKit.Content.Reading;
using StdKit.Model.Body;

namespace StdKit.Content.Markdown;

/// <summary>
/// Turns Markdig inlines into <see cref="InlineText"/>: joins wrapped lines the way Chinese text wants (no space
/// between Han characters), keeps &lt;br&gt; as a line break, and recognises <c>[[id]]</c> and <c>[[@number]]</c>.
/// </summary>
public static partial class InlineReader
{
    private const char SoftBreak = '\u0003';
    private const char HardBreak = '\u0004';

    /// <summary>The flattened text of an inline container, with wrapped lines still marked.</summary>
    public static string Flatten(ContainerInline? container)
    {
        var sb = new StringBuilder();
        if (container is not null) Append(container, sb);
        return sb.ToString();
    }

    /// <summary>Parses flattened text into segments; <paramref name="firstLine"/> is the parsed line it starts
    /// on.</summary>
    public static InlineText Parse(string flattened, int firstLine, LineMap lines)
    {
        var segments = new List<InlineSegment>();
        var position = 0;
        // ^[text] is a footnote; its text may hold references, so the brackets are matched by depth.
        for (var start = flattened.IndexOf("^[", StringComparison.Ordinal); start >= 0;
             start = flattened.IndexOf("^[", position, StringComparison.Ordinal))
        {
            var end = start + 2;
            for (var depth = 1; end < flattened.Length && depth > 0; end++)
                depth += flattened[end] switch { '[' => 1, ']' => -1, _ => 0 };
            if (end > flattened.Length || flattened[end - 1] != ']') break;
            var line = firstLine + flattened.AsSpan(0, start).Count(SoftBreak);
            var before = firstLine + flattened.AsSpan(0, position).Count(SoftBreak);
            segments.AddRange(ParseReferences(flattened[position..start], before, lines).Segments);
            segments.Add(new Footnote(Parse(flattened[(start + 2)..(end - 1)], line, lines), lines.Locate(line)));
            position = end;
        }
        if (position > 0)
        {
            segments.AddRange(ParseReferences(flattened[position..],
                firstLine + flattened.AsSpan(0, position).Count(SoftBreak), lines).Segments);
            return new InlineText(segments);
        }
        return ParseReferences(flattened, firstLine, lines);
    }

    private static InlineText ParseReferences(string flattened, int firstLine, LineMap lines)
    {
        var segments = new List<InlineSegment>();
        var position = 0;
        foreach (Match m in Reference().Matches(flattened))
        {
            AddText(segments, flattened[position..m.Index]);
            var line = firstLine + flattened.AsSpan(0, m.Index).Count(SoftBreak);
            var target = Unbreak(m.Groups[2].Value).Trim();
            segments.Add(m.Groups[1].Value == "@"
                ? new DocumentCitation(target, lines.Locate(line))
                : new ElementReference(target, lines.Locate(line)));
            position = m.Index + m.Length;
        }
        AddText(segments, flattened[position..]);
        return new InlineText(segments);
    }

    /// <summary>Removes a trailing <c>{#id}</c> and returns it.</summary>
    public static (string Text, string? Id) SplitId(string flattened)
    {
        var m = TrailingId().Match(flattened);
        return m.Success ? (flattened[..m.Index], m.Groups[1].Value) : (flattened, null);
    }

    /// <summary>Plain text with wrapped lines joined, for titles and other single-line values.</summary>
    public static string Unbreak(string flattened) => JoinLines(flattened).Trim();

    private static string JoinLines(string flattened)
    {
        if (flattened.IndexOfAny([SoftBreak, HardBreak]) < 0) return flattened;
        var sb = new StringBuilder(flattened.Length);
        for (var i = 0; i < flattened.Length; i++)
        {
            var c = flattened[i];
            if (c is SoftBreak)
            {
                // Wrapped Latin words need their space back; wrapped Chinese text must not get one.
                var before = sb.Length > 0 ? sb[^1] : ' ';
                var after = i + 1 < flattened.Length ? flattened[i + 1] : ' ';
                if (IsLatinWordChar(before) && IsLatinWordChar(after)) sb.Append(' ');
            }
            else if (c is HardBreak) sb.Append('\n');
            else sb.Append(c);
        }
        return sb.ToString();
    }

    private static void AddText(List<InlineSegment> segments, string raw)
    {
        if (raw.Length == 0) return;
        var parts = JoinLines(raw).Split('\n');
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0) segments.Add(new LineBreak());
            if (parts[i].Length > 0) segments.Add(new TextRun(parts[i]));
        }
    }

    private static void Append(ContainerInline container, StringBuilder sb)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    sb.Append(literal.Content.AsSpan());
                    break;
                case LineBreakInline:
                    sb.Append(SoftBreak);
                    break;
                case CodeInline code:
                    sb.Append(code.Content);
                    break;
                case HtmlInline html when BreakTag().IsMatch(html.Tag):
                    sb.Append(HardBreak);
                    break;
                case HtmlInline html:
                    sb.Append(html.Tag);
                    break;
                case AutolinkInline link:
                    sb.Append(link.Url);
                    break;
                case HtmlEntityInline entity:
                    sb.Append(entity.Transcoded.AsSpan());
                    break;
                case ContainerInline child:
                    Append(child, sb);
                    break;
            }
        }
    }

    private static bool IsLatinWordChar(char c) =>
        c < 0x2E80 && char.IsLetterOrDigit(c) || c is ',' or '.' or ';' or ':';

    [GeneratedRegex(@"\[\[(@?)([^\[\]]+?)\]\]")]
    private static partial Regex Reference();

    [GeneratedRegex(@"\s*\{#([A-Za-z0-9_.\-]+)\}\s*$")]
    private static partial Regex TrailingId();

    [GeneratedRegex(@"^<br\s*/?>$", RegexOptions.IgnoreCase)]
    private static partial Regex BreakTag();
}

using System.Text;
using System.Text.RegularExpressions;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using StdKit.Content.Reading;
using StdKit.Model.Diagnostics;

namespace StdKit.Content.Templates;

/// <summary>
/// Fills Scriban expressions (<c>{{ agency.name }}</c>) in a content file from an agency profile, before parsing.
/// Each source line is tagged with an invisible marker first; the markers travel through loops and conditions, so
/// every line of the expanded text still knows which line of the file it came from.
/// </summary>
public static partial class TemplateExpander
{
    private const char MarkStart = '\u0001';
    private const char MarkEnd = '\u0002';

    public static bool UsesTemplates(string text) => text.Contains("{{", StringComparison.Ordinal);

    public static (string Text, LineMap Lines) Expand(string text, string file, ScriptObject globals)
    {
        if (!UsesTemplates(text)) return (text, LineMap.Identity(file));

        var template = Template.Parse(Mark(text), file);
        if (template.HasErrors)
        {
            var diagnostics = template.Messages
                .Where(m => m.Type == Scriban.Parsing.ParserMessageType.Error)
                .Select(m => new Diagnostic(new SourceLocation(file, m.Span.Start.Line + 1),
                    $"template error: {m.Message}", "check the {{ … }} expression: every if/for needs its end"))
                .ToList();
            throw new UserError(diagnostics);
        }

        var context = new TemplateContext
        {
            StrictVariables = true,
            // A profile field that is missing must be an error, never an empty string in a published standard.
            EnableRelaxedMemberAccess = false,
            MemberRenamer = member => member.Name,
        };
        context.PushGlobal(globals);
        string rendered;
        try
        {
            rendered = template.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            throw new UserError(new SourceLocation(file, e.Span.Start.Line + 1),
                $"template error: {e.OriginalMessage}",
                "the agency profile has no such value: add it to the profile or correct the name");
        }
        return Unmark(rendered, file);
    }

    /// <summary>
    /// Appends "\u0001N\u0002" to every line whose end lies outside a {{ … }} block. Lines that hold nothing but a
    /// statement (for, if, end …) get no marker: it would stop the tag's whitespace control (~) from removing the line.
    /// </summary>
    private static string Mark(string text)
    {
        var lines = text.Split('\n');
        var sb = new StringBuilder(text.Length + lines.Length * 6);
        var inCode = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            for (var p = 0; p < line.Length - 1; p++)
            {
                if (!inCode && line[p] == '{' && line[p + 1] == '{') { inCode = true; p++; }
                else if (inCode && line[p] == '}' && line[p + 1] == '}') { inCode = false; p++; }
            }
            sb.Append(line);
            if (!inCode && !StatementOnly().IsMatch(line)) sb.Append(MarkStart).Append(i + 1).Append(MarkEnd);
            if (i < lines.Length - 1) sb.Append('\n');
        }
        return sb.ToString();
    }

    private static (string, LineMap) Unmark(string rendered, string file)
    {
        var lines = rendered.Split('\n');
        var map = new int[lines.Length];
        var last = 1;
        for (var i = 0; i < lines.Length; i++)
        {
            var first = Marker().Match(lines[i]);
            if (first.Success) last = int.Parse(first.Groups[1].Value);
            map[i] = last;
            lines[i] = Marker().Replace(lines[i], "");
        }
        return (string.Join('\n', lines), LineMap.FromTable(file, map));
    }

    [GeneratedRegex(@"^\s*\{\{~?\s*(for|if|else|end|func|case|when|capture|with|while|break|continue)\b.*\}\}\s*$")]
    private static partial Regex StatementOnly();

    [GeneratedRegex("\u0001(\\d+)\u0002")]
    private static partial Regex Marker();
}

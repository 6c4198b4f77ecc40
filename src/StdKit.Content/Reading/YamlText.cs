using StdKit.Model.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StdKit.Content.Reading;

/// <summary>Loads YAML with line numbers kept, turning syntax errors into file:line diagnostics.</summary>
public static class YamlText
{
    /// <param name="firstLine">The file line on which <paramref name="yaml"/> starts.</param>
    public static YamlNode? Load(string yaml, LineMap lines, int firstLine)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException)
        {
            // A construct left open is detected at the end of the text (YamlDotNet may then fail without a place):
            // point at the last line that exists.
            var lastLine = yaml.TrimEnd('\n').Count(c => c == '\n') + 1;
            var line = Math.Clamp(e is YamlException y ? (int)y.Start.Line : lastLine, 1, lastLine);
            throw new UserError(lines.Locate(firstLine + line - 1),
                $"malformed YAML: {FirstSentence(e.InnerException?.Message ?? e.Message)}",
                "write one 'key: value' per line, indent list items under their key, " +
                "and quote values that start with a special character");
        }
        return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
    }

    /// <summary>The file location of a node of YAML that started on <paramref name="firstLine"/>.</summary>
    public static SourceLocation Locate(this YamlNode node, LineMap lines, int firstLine) =>
        lines.Locate(firstLine + (int)node.Start.Line - 1);

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).Trim().TrimEnd('.');
    }
}

using StdKit.Content.Reading;
using StdKit.Model.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace StdKit.Build.Committee.Comments;

/// <summary>Comments written as YAML: a list of entries whose keys are the column names (标准章条编号: 5.3 …).</summary>
internal static class YamlComments
{
    public static IReadOnlyList<CommentRow> Read(string path, DiagnosticBag diagnostics)
    {
        var lines = LineMap.Identity(path);
        var root = YamlText.Load(SourceText.Read(path), lines, 1);
        if (root is not YamlSequenceNode list)
            throw new UserError(new SourceLocation(path, 1), "the comments must be a YAML list",
                "write each comment as an entry starting with '- 标准章条编号: …'");
        var rows = new List<CommentRow>();
        foreach (var entry in list.Children)
        {
            var reader = new YamlMappingReader(entry, CommentColumns.Known, lines, 1, diagnostics, "comment");
            var cells = CommentColumns.Known.ToDictionary(k => k, k => reader.Text(k) ?? "");
            rows.Add(new CommentRow(reader.Location, cells));
        }
        return rows;
    }
}

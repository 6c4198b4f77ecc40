using StdKit.Content.Reading;
using StdKit.Model.Committee;
using StdKit.Model.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace StdKit.Build.Committee.Comments;

/// <summary>
/// The drafting group's decisions kept apart from the comments (needed for returned forms, which carry none): a YAML
/// list of entries naming a comment by its file and line as messages print it (意见: 广州.docx:3), with 处理意见 and 理由.
/// </summary>
internal static class DecisionsFile
{
    private const string CommentKey = "意见";
    private static readonly string[] Keys = [CommentKey, CommentColumns.Decision, CommentColumns.Reason];

    /// <param name="later">Comment files of the committee not answered at this stage: their decisions wait.</param>
    public static IReadOnlyList<Comment> Apply(string path, IReadOnlyList<Comment> comments,
        IReadOnlyCollection<string> later)
    {
        var lines = LineMap.Identity(path);
        var diagnostics = new DiagnosticBag();
        var root = YamlText.Load(SourceText.Read(path), lines, 1);
        if (root is not YamlSequenceNode list)
            throw new UserError(new SourceLocation(path, 1), "the decisions must be a YAML list",
                "write each decision as an entry starting with '- 意见: <file>:<line>'");
        var byKey = comments.ToDictionary(c => c.Key);
        var decided = new Dictionary<string, Resolution>();
        foreach (var entry in list.Children)
        {
            var reader = new YamlMappingReader(entry, Keys, lines, 1, diagnostics, "decision");
            var key = reader.Required(CommentKey, "意见.csv:3");
            var resolution = CommentColumns.Resolve(reader.Location, reader.Text(CommentColumns.Decision) ?? "",
                reader.Text(CommentColumns.Reason) ?? "", diagnostics);
            if (key.Length == 0 || later.Any(f => key.StartsWith(Path.GetFileName(f) + ":", StringComparison.Ordinal)))
                continue;
            if (!byKey.TryGetValue(key, out var comment))
            {
                var near = NearestName.Find(key, byKey.Keys);
                diagnostics.Add(reader.LocationOf(CommentKey), $"no comment {key}",
                    near is null ? "name a comment as <file name>:<line>, as stdkit package lists the undecided ones"
                        : $"did you mean {near}?");
                continue;
            }
            if (resolution is null)
                diagnostics.Add(reader.Location, $"the entry for {key} has no 处理意见",
                    $"write 处理意见: {string.Join(" / ", DecisionNames.All)}");
            else if (comment.Resolution is not null || decided.ContainsKey(key))
                diagnostics.Add(reader.Location, $"{key} is decided twice",
                    $"keep one decision (the other is at {(comment.Resolution ?? decided[key]).Source})");
            else decided[key] = resolution;
        }
        diagnostics.ThrowIfAny();
        return comments.Select(c => decided.TryGetValue(c.Key, out var r) ? c with { Resolution = r } : c).ToList();
    }
}

using StdKit.Content.Reading;
using StdKit.Model.Committee;
using StdKit.Model.Diagnostics;

namespace StdKit.Build.Committee.Comments;

/// <summary>
/// Reads the comments of one file, whatever its format: .csv, .xlsx, .yaml / .yml, or a returned .docx form.
/// </summary>
public static class CommentFiles
{
    public static readonly IReadOnlyList<string> Extensions = [".csv", ".xlsx", ".yaml", ".yml", ".docx"];

    /// <param name="standardTitle">The title the returned forms must name.</param>
    public static IReadOnlyList<Comment> Read(string path, string standardTitle)
    {
        var shown = DisplayPath.Of(path);
        if (!File.Exists(path))
            throw new UserError(new SourceLocation(shown, 1), "comment file not found", "check the path");
        var diagnostics = new DiagnosticBag();
        IReadOnlyList<CommentRow> rows = Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".csv" => CsvComments.Read(shown, diagnostics),
            ".xlsx" => SheetComments.Read(shown, diagnostics),
            ".yaml" or ".yml" => YamlComments.Read(shown, diagnostics),
            ".docx" => FormComments.Read(shown, standardTitle, diagnostics),
            var other => throw new UserError(new SourceLocation(shown, 1),
                $"comments cannot be read from a {(other.Length == 0 ? "file without extension" : other + " file")}",
                $"give a {string.Join(", ", Extensions)} file (an .xls: save it again as .xlsx)"),
        };
        diagnostics.ThrowIfAny();
        var comments = CommentColumns.Comments(shown, rows, diagnostics);
        diagnostics.ThrowIfAny();
        return comments;
    }
}

using StdKit.Model.Diagnostics;

namespace StdKit.Build.Committee.Comments;

/// <summary>One row of a comment table as read from any of its formats: its cells by column name.</summary>
internal sealed record CommentRow(SourceLocation Source, IReadOnlyDictionary<string, string> Cells)
{
    public string this[string column] => Cells.TryGetValue(column, out var v) ? v.Trim() : "";

    /// <summary>Nothing but a 序号: a row left empty in a numbered template.</summary>
    public bool IsBlank =>
        Cells.Where(c => c.Key != CommentColumns.Number).All(c => string.IsNullOrWhiteSpace(c.Value));
}

using StdKit.Import.Word;
using StdKit.Model.Committee;
using StdKit.Model.Diagnostics;

namespace StdKit.Build.Committee.Comments;

/// <summary>
/// A 征求意见表 returned as .docx: the sender's unit and contact from the first table, the comments from the table
/// headed 序号, 标准章条编号, 意见内容, 修改建议. A comment's "line" is its row in that table (the header is row 1).
/// </summary>
internal static class FormComments
{
    public static IReadOnlyList<CommentRow> Read(string path, string standardTitle, DiagnosticBag diagnostics)
    {
        var tables = WordTables.Read(path);
        var at = new SourceLocation(path, 1);
        var sender = tables.FirstOrDefault(t => Field(t, CommentForm.Unit) is not null);
        var comments = tables.FirstOrDefault(t =>
            t.Rows.Count > 0 && t.Rows[0].FirstOrDefault() == CommentForm.CommentHeader[0]);
        if (sender is null || comments is null)
            throw new UserError(at, "this Word file is not a 征求意见表 of StdKit: it has no table with "
                + $"'{CommentForm.Unit}' or none headed {string.Join(", ", CommentForm.CommentHeader)}",
                "collect the comments on the form written by stdkit package (征求意见表.docx), or copy them into a CSV");
        if (!comments.Rows[0].Take(CommentForm.CommentHeader.Count).SequenceEqual(CommentForm.CommentHeader)
            || comments.Rows[0].Count != CommentForm.CommentHeader.Count)
            throw new UserError(at, $"the comment table of the form has been altered: its header is " +
                $"{string.Join(", ", comments.Rows[0])}",
                $"keep the columns {string.Join(", ", CommentForm.CommentHeader)} as printed; add rows, not columns");
        var standard = Field(sender, CommentForm.Standard) ?? "";
        if (!standard.Contains(standardTitle, StringComparison.Ordinal))
            diagnostics.Add(at, $"the form is for “{standard}”, not for 《{standardTitle}》",
                "give the forms returned for this standard only");
        var unit = Field(sender, CommentForm.Unit) ?? "";
        if (unit.Length == 0)
            diagnostics.Add(at, $"the form does not say who sent it: '{CommentForm.Unit}' is empty",
                "ask the unit, and fill in 单位名称 in the returned form");
        var contact = string.Join(" ", new[] { CommentForm.Name, CommentForm.Phone, CommentForm.Email }
            .Select(f => Field(sender, f)).Where(v => !string.IsNullOrEmpty(v)));
        var rows = new List<CommentRow>();
        for (var r = 1; r < comments.Rows.Count; r++)
        {
            var cells = comments.Rows[r];
            string Cell(int i) => i < cells.Count ? cells[i] : "";
            if (Cell(1).Length == 0 && Cell(2).Length == 0 && Cell(3).Length == 0) continue;
            rows.Add(new CommentRow(new SourceLocation(path, r + 1), new Dictionary<string, string>
            {
                [CommentColumns.Clause] = Cell(1), [CommentColumns.Content] = Cell(2),
                [CommentColumns.Suggestion] = Cell(3),
                [CommentColumns.Unit] = unit, [CommentColumns.Contact] = contact,
            }));
        }
        return rows;
    }

    /// <summary>The value right of a label anywhere in the table.</summary>
    private static string? Field(WordTable table, string label)
    {
        foreach (var row in table.Rows)
            for (var i = 0; i + 1 < row.Count; i++)
                if (row[i] == label) return row[i + 1];
        return null;
    }
}

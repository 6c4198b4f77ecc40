using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using StdKit.Model.Diagnostics;

namespace StdKit.Build.Committee.Comments;

/// <summary>
/// A comment table kept in Excel or WPS (.xlsx): the first sheet, whose first non-empty row names the columns. A row's
/// "line" is its row number in the sheet, as Excel shows it.
/// </summary>
internal static class SheetComments
{
    public static IReadOnlyList<CommentRow> Read(string path, DiagnosticBag diagnostics)
    {
        List<(int Row, Dictionary<int, string> Cells)> rows;
        try
        {
            using var document = SpreadsheetDocument.Open(path, isEditable: false);
            rows = Rows(document, path);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException
                                      or FileFormatException)
        {
            throw new UserError(new SourceLocation(path, 1), "the file cannot be read as an .xlsx workbook",
                "open it in Excel or WPS and save it again as .xlsx (Excel 工作簿), or save the sheet as CSV UTF-8");
        }
        if (rows.Count == 0)
            throw new UserError(new SourceLocation(path, 1), "the first sheet of the workbook is empty",
                "put the comments on the first sheet, under the header row " +
                CommentColumns.ExampleHeader.Replace(',', ' '));
        var (headerRow, headerCells) = rows[0];
        var header = headerCells.ToDictionary(c => c.Key, c => c.Value.Trim());
        CommentColumns.CheckHeader(new SourceLocation(path, headerRow), header.Values.ToList(), diagnostics);
        return rows.Skip(1).Select(r => new CommentRow(new SourceLocation(path, r.Row),
            header.Where(h => h.Value.Length > 0)
                .ToDictionary(h => h.Value, h => r.Cells.TryGetValue(h.Key, out var v) ? v : ""))).ToList();
    }

    private static List<(int, Dictionary<int, string>)> Rows(SpreadsheetDocument document, string path)
    {
        var workbook = document.WorkbookPart
            ?? throw new UserError(new SourceLocation(path, 1), "the workbook has no sheets",
                "save it again in Excel or WPS");
        var first = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault();
        if (first?.Id?.Value is not { } id) return [];
        var sheet = (WorksheetPart)workbook.GetPartById(id);
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>()
            .Select(s => s.InnerText).ToList() ?? [];
        var rows = new List<(int, Dictionary<int, string>)>();
        foreach (var row in sheet.Worksheet.Descendants<Row>())
        {
            var cells = new Dictionary<int, string>();
            foreach (var cell in row.Elements<Cell>())
            {
                var text = Value(cell, shared);
                if (text.Length > 0 && cell.CellReference?.Value is { } reference) cells[Column(reference)] = text;
            }
            if (cells.Count > 0) rows.Add(((int)(row.RowIndex?.Value ?? (uint)rows.Count + 1), cells));
        }
        return rows;
    }

    private static string Value(Cell cell, IReadOnlyList<string> shared)
    {
        if (cell.DataType?.Value == CellValues.InlineString) return cell.InlineString?.InnerText ?? "";
        var raw = cell.CellValue?.Text ?? "";
        if (cell.DataType?.Value == CellValues.SharedString && int.TryParse(raw, out var i) && i < shared.Count)
            return shared[i];
        return raw;
    }

    /// <summary>The 0-based column of a reference such as "C12".</summary>
    private static int Column(string reference)
    {
        var column = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter))
            column = column * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        return column - 1;
    }
}

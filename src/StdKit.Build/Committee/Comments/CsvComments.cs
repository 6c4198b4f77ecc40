using System.Text;
using StdKit.Model.Diagnostics;

namespace StdKit.Build.Committee.Comments;

/// <summary>
/// A comment table saved as CSV (Excel: 另存为 → CSV UTF-8): the first line names the columns; quoted cells may hold
/// commas, quotes ("") and line breaks. Each row keeps the line it starts on.
/// </summary>
internal static class CsvComments
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    public static IReadOnlyList<CommentRow> Read(string path, DiagnosticBag diagnostics)
    {
        var records = Records(Decode(path), path);
        if (records.Count == 0)
            throw new UserError(new SourceLocation(path, 1), "the CSV file is empty",
                $"start it with the header line {CommentColumns.ExampleHeader}");
        var header = records[0].Cells.Select(c => c.Trim()).ToList();
        CommentColumns.CheckHeader(new SourceLocation(path, 1), header, diagnostics);
        var rows = new List<CommentRow>();
        foreach (var (line, cells) in records.Skip(1))
        {
            if (cells.Count > header.Count && cells.Skip(header.Count).Any(c => c.Trim().Length > 0))
                diagnostics.Add(new SourceLocation(path, line),
                    $"the row has {cells.Count} cells, the header {header.Count}",
                    "quote cells that contain a comma (\"…,…\"), or add the missing column to the header");
            var map = new Dictionary<string, string>();
            for (var i = 0; i < header.Count && i < cells.Count; i++) map[header[i]] = cells[i];
            rows.Add(new CommentRow(new SourceLocation(path, line), map));
        }
        return rows;
    }

    private static string Decode(string path)
    {
        var bytes = File.ReadAllBytes(path);
        try
        {
            var text = StrictUtf8.GetString(bytes);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException e)
        {
            var line = 1 + bytes.AsSpan(0, Math.Clamp(e.Index, 0, bytes.Length)).Count((byte)'\n');
            throw new UserError(new SourceLocation(path, line),
                "the CSV file is not UTF-8 (Excel's \"CSV (逗号分隔)\" saves GBK)",
                "in Excel or WPS save it again with 另存为 → \"CSV UTF-8 (逗号分隔)\", or give StdKit the .xlsx itself; " +
                "on the command line: iconv -f GBK -t UTF-8 old.csv > new.csv");
        }
    }

    /// <summary>The records of the text (RFC 4180), each with the line it starts on; empty lines are skipped.</summary>
    private static List<(int Line, List<string> Cells)> Records(string text, string path)
    {
        var records = new List<(int, List<string>)>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var line = 1;
        var start = 1;
        var quoted = false;
        var quoteLine = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else
                {
                    if (c == '\n') line++;
                    if (c != '\r') cell.Append(c);
                }
                continue;
            }
            switch (c)
            {
                case '"' when cell.ToString().Trim().Length == 0:
                    quoted = true;
                    quoteLine = line;
                    cell.Clear();
                    break;
                case ',':
                    cells.Add(cell.ToString());
                    cell.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    End();
                    line++;
                    start = line;
                    break;
                default:
                    cell.Append(c);
                    break;
            }
        }
        if (quoted)
            throw new UserError(new SourceLocation(path, quoteLine), "a quoted cell is never closed",
                "end the cell with a closing \" (write \"\" for a quote inside a cell)");
        End();
        return records;

        void End()
        {
            cells.Add(cell.ToString());
            cell.Clear();
            if (cells.Any(x => x.Trim().Length > 0)) records.Add((start, cells));
            cells = [];
        }
    }
}

using DocumentFormat.OpenXml.Wordprocessing;
using StdKit.Generator.Docx.Styles;
using M = StdKit.Model.Body;

namespace StdKit.Generator.Docx.Writers;

/// <summary>
/// A table (GB/T 1.1 9.8): "表N　title" centred above, thick outer frame and header rule, thin inner lines, the
/// header rows repeated on every page, merged cells as vertical merges and grid spans. No row splits across pages,
/// and the header stays with the first row below it, so a table never breaks after its header or its first row.
/// A table that a layout pass found crossing a page is written as pieces, one per page: each later piece starts a
/// new page with "表N（续）" and the header rows again (GB/T 1.1 9.8). Word cannot print that caption by itself.
/// </summary>
public static class TableWriter
{
    private const int Thick = 12; // 1.5 pt in eighths of a point
    private const int Thin = 4;

    /// <param name="caption">The table's caption as printed, e.g. "表1　标准明细表".</param>
    /// <param name="width">The width to fill: the type area of the page (a turned page is wider).</param>
    /// <param name="rowHeight">The least height of a body row, in twips: room to write by hand in a form.</param>
    /// <param name="textColumns">Columns of running text (a comment, a clause), set flush left in the body rows
    /// rather than centred.</param>
    /// <param name="continuation">For a table that may cross pages: its row marks and the rows that begin a
    /// page.</param>
    public static void Write(DocumentBuilder doc, string caption, M.Table table, int width = StyleSheet.TypeAreaWidth,
        int? rowHeight = null, IReadOnlyCollection<int>? textColumns = null, TableContinuation? continuation = null)
    {
        var widths = ColumnWidths(table, width);
        var breaks = continuation?.Breaks.Where(r => r > 0 && r < table.Rows.Count).Order().ToList() ?? [];
        var starts = breaks.Prepend(0).ToList();
        for (var p = 0; p < starts.Count; p++)
        {
            if (p == 0) doc.Add(StyleIds.TableTitle, caption);
            else doc.Add(StyleIds.TableTitleContinued, continuation!.ContinuedCaption);
            var end = p + 1 < starts.Count ? starts[p + 1] : table.Rows.Count;
            var grid = new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString() }));
            var result = new Table(Properties(width), grid);
            var headers = table.HeaderRows;
            for (var h = 0; h < headers.Count; h++)
                result.Append(Row(doc, headers[h], h + 1 < headers.Count ? headers[h + 1] : null, widths,
                    header: true, keepWithNext: true, lastHeader: h == headers.Count - 1));
            for (var r = starts[p]; r < end; r++)
            {
                var row = r == starts[p] ? Unmerged(table.Rows, r) : table.Rows[r];
                var written = Row(doc, row, r + 1 < end ? table.Rows[r + 1] : null, widths, header: false,
                    keepWithNext: r == starts[p] && end - r > 1, textColumns);
                if (rowHeight is { } height)
                    written.TableRowProperties!.Append(
                        new TableRowHeight { Val = (uint)height, HeightType = HeightRuleValues.AtLeast });
                if (continuation is not null) Mark(doc, written, continuation.MarkName(r));
                result.Append(written);
            }
            if (p == starts.Count - 1) AppendNotes(doc, result, table, widths);
            doc.Body.Append(result);
        }
    }

    /// <summary>
    /// 表注 and 表脚注 inside the frame, under the last row, in one cell across the table: notes first, then the
    /// footnotes by letter (GB/T 1.1 9.8).
    /// </summary>
    private static void AppendNotes(DocumentBuilder doc, Table result, M.Table table, int[] widths)
    {
        var paragraphs = table.Notes.Select(n => DocumentBuilder.Styled(StyleIds.TableNote,
                [.. DocumentBuilder.Text(n.Label, StyleIds.NoteLabel), .. doc.Inline(n.Text)]))
            .Concat(table.Footnotes.Select(doc.LetteredFootnote))
            .ToList();
        if (paragraphs.Count == 0) return;
        var properties = new TableCellProperties(
            new TableCellWidth { Width = widths.Sum().ToString(), Type = TableWidthUnitValues.Dxa },
            new GridSpan { Val = widths.Length });
        result.Append(new TableRow(new TableRowProperties(new CantSplit()),
            new TableCell(paragraphs.Prepend<DocumentFormat.OpenXml.OpenXmlElement>(properties))));
    }

    /// <summary>An invisible bookmark in the row's first cell: the PDF names its page (see PdfDestinations).</summary>
    private static void Mark(DocumentBuilder doc, TableRow row, string name)
    {
        var paragraph = row.GetFirstChild<TableCell>()!.GetFirstChild<Paragraph>()!;
        var id = doc.NextBookmarkId().ToString();
        paragraph.InsertAfter(new BookmarkStart { Name = name, Id = id }, paragraph.ParagraphProperties);
        paragraph.Append(new BookmarkEnd { Id = id });
    }

    private static TableProperties Properties(int width) => new(
        new TableWidth { Width = width.ToString(), Type = TableWidthUnitValues.Dxa },
        new TableJustification { Val = TableRowAlignmentValues.Center },
        new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = Thick },
            new LeftBorder { Val = BorderValues.Single, Size = Thick },
            new BottomBorder { Val = BorderValues.Single, Size = Thick },
            new RightBorder { Val = BorderValues.Single, Size = Thick },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = Thin },
            new InsideVerticalBorder { Val = BorderValues.Single, Size = Thin }),
        new TableLayout { Type = TableLayoutValues.Fixed },
        new TableCellMarginDefault(
            new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
            new TableCellLeftMargin { Width = 85, Type = TableWidthValues.Dxa },
            new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
            new TableCellRightMargin { Width = 85, Type = TableWidthValues.Dxa }));

    /// <summary>The first row of a piece: a cell merged with the one above repeats that cell's text instead.</summary>
    private static M.TableRow Unmerged(IReadOnlyList<M.TableRow> rows, int r) => rows[r] with
    {
        Cells = rows[r].Cells.Select((cell, i) =>
        {
            var above = r;
            while (above > 0 && i < rows[above].Cells.Count && rows[above].Cells[i].MergedAbove) above--;
            return cell.MergedAbove ? rows[above].Cells[i] with { MergedAbove = false } : cell;
        }).ToList(),
    };

    /// <summary>A row: a cell spanning columns (&lt; in the source) has a grid span, one spanning rows (^) a
    /// vertical merge; header rows repeat on each page, a thick rule under the last of them.</summary>
    private static TableRow Row(DocumentBuilder doc, M.TableRow row, M.TableRow? below, int[] widths, bool header,
        bool keepWithNext, IReadOnlyCollection<int>? textColumns = null, bool lastHeader = false)
    {
        var result = new TableRow(new TableRowProperties(new CantSplit()));
        if (header) result.TableRowProperties!.Append(new TableHeader());
        for (var i = 0; i < widths.Length; i++)
        {
            var cell = i < row.Cells.Count ? row.Cells[i] : new M.TableCell(M.InlineText.Empty, false);
            var span = Math.Min(row.Span(i), widths.Length - i);
            var width = widths.Skip(i).Take(span).Sum();
            var properties = new TableCellProperties(
                new TableCellWidth { Width = width.ToString(), Type = TableWidthUnitValues.Dxa });
            if (span > 1) properties.Append(new GridSpan { Val = span });
            if (cell.MergedAbove) properties.Append(new VerticalMerge { Val = MergedCellValues.Continue });
            else if (below is not null && i < below.Cells.Count && below.Cells[i].MergedAbove)
                properties.Append(new VerticalMerge { Val = MergedCellValues.Restart });
            // The header is framed by a thick rule below it (GB/T 1.1 9.8).
            if (lastHeader)
                properties.Append(new TableCellBorders(new BottomBorder { Val = BorderValues.Single, Size = Thick }));
            properties.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
            var style = keepWithNext ? StyleIds.TableTextKept : StyleIds.TableText;
            var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style }));
            if (textColumns?.Contains(i) == true)
                paragraph.ParagraphProperties!.Append(new Justification { Val = JustificationValues.Left });
            paragraph.Append(doc.Inline(cell.Text, inTable: true));
            result.Append(new TableCell(properties, paragraph));
            i += span - 1;
        }
        return result;
    }

    /// <summary>
    /// Column widths within the type area. Each column needs its longest line (in 小五 characters, a Han character twice
    /// a Latin one); when they do not all fit, columns of codes, numbers and dates — which cannot wrap — and short
    /// Chinese columns keep their width, long Chinese text gets at least eight characters, and the rest of the width
    /// goes to the columns in proportion to how much more they would need.
    /// </summary>
    private static int[] ColumnWidths(M.Table table, double total)
    {
        const double Padding = 240, Minimum = 480, ShortText = 8 * HanWidth + Padding;
        var natural = new double[table.ColumnCount];
        var latin = new bool[table.ColumnCount];
        var header = table.HeaderRows.Count;
        foreach (var (row, r) in table.HeaderRows.Concat(table.Rows).Select((row, r) => (row, r)))
            for (var i = 0; i < row.Cells.Count && i < natural.Length; i++)
            {
                // A cell across columns fits in their sum: it widens none of them.
                if (row.Span(i) > 1) continue;
                var longest = row.Cells[i].Text.ToString().Split('\n').MaxBy(Width) ?? "";
                // A heading of four characters or more may take two lines (体系/编号) rather than widen its column.
                var twoLines = r < header && longest.Length >= 4 && longest.All(c => c >= 0x2E80);
                var text = twoLines ? (longest.Length + 1) / 2 * HanWidth : Width(longest);
                var width = Math.Max(Minimum, text + Padding);
                if (width <= natural[i]) continue;
                natural[i] = width;
                latin[i] = longest.Count(c => c < 0x2E80) * 2 > longest.Length;
            }
        if (natural.Sum() <= total) return Scale(natural, total);
        var minimum = natural.Select((n, i) => latin[i] ? n : Math.Min(n, ShortText)).ToArray();
        var want = natural.Select((n, i) => n - minimum[i]).ToArray();
        var spare = Math.Max(0, total - minimum.Sum());
        return Scale(
            minimum.Select((m, i) => m + (want.Sum() == 0 ? 0 : spare * want[i] / want.Sum())).ToArray(), total);
    }

    /// <summary>小五 (9 pt): a Han character or the dash "—" (set in the Chinese font) is 180 twips wide.</summary>
    private const int HanWidth = 180;

    /// <summary>
    /// Width in twips at 小五: Han characters full, Latin letters and digits 100 — more than half an em, as capitals
    /// and the code letters of numbers (Q/YNSME) are wider.
    /// </summary>
    private static int Width(string line) => line.Sum(c => c < 0x2E80 && c != '—' ? 100 : HanWidth);

    private static int[] Scale(IReadOnlyList<double> widths, double total)
    {
        var factor = total / widths.Sum();
        return widths.Select(w => (int)(w * factor)).ToArray();
    }
}

/// <summary>
/// How a table may be continued: <paramref name="Key"/> names its row marks, <paramref name="ContinuedCaption"/> heads
/// each later piece, <paramref name="Breaks"/> are the body rows that begin a new page.
/// </summary>
public sealed record TableContinuation(string Key, string ContinuedCaption, IReadOnlySet<int> Breaks)
{
    /// <summary>Row marks are hidden bookmarks (a leading "_"), named after the table and the body row.</summary>
    public const string MarkPrefix = "_StdRow";

    /// <summary>"_StdRowAx1r12": body row 12 of 表A.1.</summary>
    public string MarkName(int row) => $"{MarkPrefix}{Key}r{row}";

    /// <summary>A table number as bookmark names allow it: "A.1" → "Ax1" (annex letters are capitals).</summary>
    public static string KeyOf(string tableNumber) => tableNumber.Replace('.', 'x');

    public static string NumberOf(string key) => key.Replace('x', '.');
}

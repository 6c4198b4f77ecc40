using DocumentFormat.OpenXml.Wordprocessing;
using StdKit.Generator.Docx.Styles;
using StdKit.Model.Metadata;
using static StdKit.Generator.Docx.Writers.DocumentBuilder;

namespace StdKit.Generator.Docx.Writers;

/// <summary>
/// The cover (封面, GB/T 1.1-2020 8.1): ICS and CCS with the code top right, the banner, the number, the replaced
/// line, the rules, the titles, the stage line and patent call for drafts, the dates and the issuer.
/// </summary>
/// <remarks>
/// The cover is a borderless one-column table: the first row is at least as tall as the distance to the date line,
/// so the dates, the lower rule and the issuer stand at the foot of the page however long the title is — a layout
/// that Word and LibreOffice both honour, unlike frames defined in styles.
/// </remarks>
public static class CoverWriter
{
    public const string PatentCall = "在提交反馈意见时，请将您知道的相关专利连同支持性文件一并附上。";
    private const string UnknownDate = "XXXX-XX-XX";
    /// <summary>[TEMPLATE] the date line at 24.9 cm from the top of the page, less the 1 cm cover margin.</summary>
    private const int UpperBlockHeight = 14097 - 567;

    public static void Write(DocumentBuilder doc, StandardMetadata m)
    {
        var top = new TableCell(CellWidth(), CodeBlock(m));
        top.Append(Styled(StyleIds.CoverBanner, m.Banner));
        top.Append(Styled(StyleIds.CoverNumber, m.Number.ToString()));
        if (m.Replaces.Count > 0) top.Append(Styled(StyleIds.CoverReplaces, $"代替{string.Join("、", m.Replaces)}"));
        top.Append(Styled(StyleIds.CoverRule));
        top.Append(Styled(StyleIds.CoverTitle, m.Title));
        if (m.TitleEn is { } english) top.Append(Styled(StyleIds.CoverTitleEn, english));
        if (m.Adoption is { } adoption) top.Append(Styled(StyleIds.CoverAdoption, $"（{adoption}）"));
        if (m.Stage != DraftStage.Published)
        {
            top.Append(Styled(StyleIds.CoverStage, $"（{m.Stage.ChineseName()}）"));
            if (m.DraftDate is { } drafted) top.Append(Styled(StyleIds.CoverNote, $"（本草案完成时间：{drafted}）"));
            if (m.Stage.CarriesPatentCall()) top.Append(Styled(StyleIds.CoverNote, PatentCall));
        }
        var bottom = new TableCell(CellWidth(),
            Styled(StyleIds.CoverDates, $"{m.ReleaseDate ?? UnknownDate}发布\t{m.ImplementationDate ?? UnknownDate}实施"),
            Styled(StyleIds.CoverIssuer, [.. Text(Issuer(m)), .. Text("发布", StyleIds.CoverIssued)]));

        doc.Body.Append(Borderless(1,
            new TableRow(new TableRowProperties(new CantSplit(), new TableRowHeight { Val = UpperBlockHeight, HeightType = HeightRuleValues.AtLeast }), top),
            new TableRow(new TableRowProperties(new CantSplit()), bottom)));
        doc.Add(StyleIds.CoverEnd);
        doc.EndSection(Layout.PageSetup.Cover());
    }

    /// <summary>National standards are issued by SAMR and SAC, stacked on two lines (GB/T 1.1 图E.5).</summary>
    private static string Issuer(StandardMetadata m) => m.Issuer
        ?? (m.Type == StdKit.Model.Metadata.DocumentType.National ? "国家市场监督管理总局\n国家标准化管理委员会" : "XXXX");

    private static TableCellProperties CellWidth() =>
        new(new TableCellWidth { Width = StyleSheet.TypeAreaWidth.ToString(), Type = TableWidthUnitValues.Dxa });

    /// <summary>ICS and CCS (and 备案号) on the left, the document code on the right, side by side.</summary>
    private static Table CodeBlock(StandardMetadata m)
    {
        var left = new TableCell(new TableCellProperties(new TableCellWidth { Width = "5000", Type = TableWidthUnitValues.Dxa }));
        left.Append(Styled(StyleIds.CoverIcs, $"ICS {m.Ics ?? ""}".TrimEnd()));
        left.Append(Styled(StyleIds.CoverIcs, $"CCS {m.Ccs ?? ""}".TrimEnd()));
        if (m.FilingNumber is { } filing) left.Append(Styled(StyleIds.CoverIcs, $"备案号：{filing}"));
        var right = new TableCell(new TableCellProperties(new TableCellWidth { Width = "4354", Type = TableWidthUnitValues.Dxa }),
            Styled(StyleIds.CoverCode, m.Code));
        return Borderless(2, new TableRow(left, right));
    }

    private static Table Borderless(int columns, params TableRow[] rows)
    {
        var widths = columns == 1 ? new[] { StyleSheet.TypeAreaWidth } : [5000, StyleSheet.TypeAreaWidth - 5000];
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = StyleSheet.TypeAreaWidth.ToString(), Type = TableWidthUnitValues.Dxa },
                new TableBorders(new TopBorder { Val = BorderValues.None }, new LeftBorder { Val = BorderValues.None },
                    new BottomBorder { Val = BorderValues.None }, new RightBorder { Val = BorderValues.None },
                    new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None }),
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableCellMarginDefault(
                    new TableCellLeftMargin { Width = 0, Type = TableWidthValues.Dxa },
                    new TableCellRightMargin { Width = 0, Type = TableWidthValues.Dxa })),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString() })));
        table.Append(rows);
        return table;
    }
}

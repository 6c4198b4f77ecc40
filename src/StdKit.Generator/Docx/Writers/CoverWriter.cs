using StdKit.Model.Wording;
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
/// The cover is a one-column table whose rows stand at the template's measures from the top of the page: codes from
/// 1.0 cm, the banner at 4.0 cm, the upper rule at 7.5 cm, the title at 11.3 cm, the dates at 24.9 cm and the lower
/// rule at 25.7 cm, however long the title is — a layout that Word and LibreOffice both honour, unlike frames defined
/// in styles. The two rules are the top borders of the title and issuer rows: 0.75 pt, 170 mm, 5 mm wider than the
/// type area, which the text keeps to through a right cell margin.
/// </remarks>
public static class CoverWriter
{
    public const string PatentCall = "在提交反馈意见时，请将您知道的相关专利连同支持性文件一并附上。";
    private const string UnknownDate = "XXXX-XX-XX";
    private const int Cm = 567;
    /// <summary>[TEMPLATE] the cover margin: the codes start 1.0 cm from the top of the page.</summary>
    private const int TopMargin = Cm;
    /// <summary>[TEMPLATE] codes 1.0–4.0 cm; banner, number and replaced line 4.0–7.5 cm.</summary>
    private const int CodeRowHeight = 4 * Cm - TopMargin;
    private const int BannerRowHeight = 7 * Cm + Cm / 2 - 4 * Cm;
    /// <summary>[TEMPLATE] the date line at 24.9 cm from the top of the page, the lower rule at 25.7 cm.</summary>
    private const int DateLine = 24 * Cm + 9 * Cm / 10;
    private const int DateRowHeight = 8 * Cm / 10;
    /// <summary>[TEMPLATE] the rules run 170 mm from the left margin.</summary>
    private const int RuleWidth = 9638;
    private const int Overhang = RuleWidth - StyleSheet.TypeAreaWidth;
    /// <summary>
    /// A line of the title in ems of 一号 (26 pt): the rule's 170 mm, which the title's paragraph reaches through its
    /// negative indents, hold 18 characters and a half.
    /// </summary>
    public const double TitleWidth = 18;

    public static void Write(DocumentBuilder doc, StandardMetadata m)
    {
        var banner = new TableCell(CellWidth(),
            Styled(StyleIds.CoverBanner, m.Banner), Styled(StyleIds.CoverNumber, m.Number.ToString()));
        if (m.Replaces.Count > 0) banner.Append(Styled(StyleIds.CoverReplaces, $"代替{string.Join("、", m.Replaces)}"));
        var title = new TableCell(CellWidth(ruleAbove: true),
            Styled(StyleIds.CoverTitle, Headings.TitleLines(m.Title, TitleWidth)));
        if (m.TitleEn is { } english) title.Append(Styled(StyleIds.CoverTitleEn, english));
        if (m.Adoption is { } adoption) title.Append(Styled(StyleIds.CoverAdoption, $"（{adoption}）"));
        if (m.Stage != DraftStage.Published)
        {
            title.Append(Styled(StyleIds.CoverStage, $"（{m.Stage.ChineseName()}）"));
            if (m.DraftDate is { } drafted) title.Append(Styled(StyleIds.CoverNote, $"（本草案完成时间：{drafted}）"));
            if (m.Stage.CarriesPatentCall()) title.Append(Styled(StyleIds.CoverNote, PatentCall));
        }
        var dates = new TableCell(CellWidth(),
            Styled(StyleIds.CoverDates, $"{m.ReleaseDate ?? UnknownDate}发布\t{m.ImplementationDate ?? UnknownDate}实施"));
        // No issuer, no words: a bare "发布" under the rule says nothing (the checker reports the gap, GBT-S09).
        var issuer = new TableCell(CellWidth(ruleAbove: true), Issuer(m) is { } name
            ? Styled(StyleIds.CoverIssuer, [.. Text(name), .. Text("发布", StyleIds.CoverIssued)])
            : Styled(StyleIds.CoverIssuer));

        doc.Body.Append(Borderless(1,
            Row(HeightRuleValues.Exact, CodeRowHeight,
                new TableCell(CellWidth(), CodeBlock(m), Styled(StyleIds.CoverEnd))),
            Row(HeightRuleValues.Exact, BannerRowHeight, banner),
            Row(HeightRuleValues.AtLeast, DateLine - TopMargin - CodeRowHeight - BannerRowHeight, title),
            Row(HeightRuleValues.Exact, DateRowHeight, dates),
            Row(null, 0, issuer)));
        doc.Add(StyleIds.CoverEnd);
        doc.EndSection(Layout.PageSetup.Cover(doc.Volume));
    }

    private static TableRow Row(HeightRuleValues? rule, int height, TableCell cell)
    {
        var properties = new TableRowProperties(new CantSplit());
        if (rule is { } r) properties.Append(new TableRowHeight { Val = (uint)height, HeightType = r });
        return new TableRow(properties, cell);
    }

    /// <summary>National standards are issued by SAMR and SAC, stacked on two lines (GB/T 1.1 图E.5).</summary>
    private static string? Issuer(StandardMetadata m) => m.Issuer
        ?? (m.Type == StdKit.Model.Metadata.DocumentType.National ? "国家市场监督管理总局\n国家标准化管理委员会" : null);

    private static TableCellProperties CellWidth(bool ruleAbove = false)
    {
        var properties = new TableCellProperties(
            new TableCellWidth { Width = RuleWidth.ToString(), Type = TableWidthUnitValues.Dxa });
        if (ruleAbove)
            properties.Append(new TableCellBorders(
                new TopBorder { Val = BorderValues.Single, Size = 6, Space = 0, Color = "000000" }));
        return properties;
    }

    /// <summary>ICS and CCS (and 备案号) on the left, the document code on the right, side by side.</summary>
    private static Table CodeBlock(StandardMetadata m)
    {
        var left = new TableCell(new TableCellProperties(
            new TableCellWidth { Width = "5000", Type = TableWidthUnitValues.Dxa }));
        // A missing number leaves its line empty rather than a bare "ICS" (the checker reports it, GBT-S09).
        left.Append(Styled(StyleIds.CoverIcs, m.Ics is { } ics ? $"ICS {ics}" : ""));
        left.Append(Styled(StyleIds.CoverIcs, m.Ccs is { } ccs ? $"CCS {ccs}" : ""));
        if (m.FilingNumber is { } filing) left.Append(Styled(StyleIds.CoverIcs, $"备案号：{filing}"));
        var right = new TableCell(
            new TableCellProperties(new TableCellWidth { Width = "4354", Type = TableWidthUnitValues.Dxa }),
            Styled(StyleIds.CoverCode, m.Code));
        return Borderless(2, new TableRow(left, right));
    }

    private static Table Borderless(int columns, params TableRow[] rows)
    {
        var widths = columns == 1 ? new[] { RuleWidth } : [5000, StyleSheet.TypeAreaWidth - 5000];
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = widths.Sum().ToString(), Type = TableWidthUnitValues.Dxa },
                new TableBorders(new TopBorder { Val = BorderValues.None }, new LeftBorder { Val = BorderValues.None },
                    new BottomBorder { Val = BorderValues.None }, new RightBorder { Val = BorderValues.None },
                    new InsideHorizontalBorder { Val = BorderValues.None },
                    new InsideVerticalBorder { Val = BorderValues.None }),
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableCellMarginDefault(
                    new TableCellLeftMargin { Width = 0, Type = TableWidthValues.Dxa },
                    new TableCellRightMargin
                    {
                        Width = (short)(columns == 1 ? Overhang : 0), Type = TableWidthValues.Dxa,
                    })),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString() })));
        table.Append(rows);
        return table;
    }
}

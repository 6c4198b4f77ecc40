using DocumentFormat.OpenXml.Wordprocessing;
using StdKit.Generator.Docx.Styles;
using StdKit.Model.Metadata;

namespace StdKit.Generator.Docx.Writers;

/// <summary>
/// The cover (封面, GB/T 1.1-2020 8.1): ICS and CCS with the code top right, the banner, the number, the replaced
/// line, the rules, the titles, the stage line and patent call for drafts, the dates and the issuer.
/// </summary>
public static class CoverWriter
{
    public const string PatentCall = "在提交反馈意见时，请将您知道的相关专利连同支持性文件一并附上。";
    private const string UnknownDate = "XXXX-XX-XX";

    public static void Write(DocumentBuilder doc, StandardMetadata m)
    {
        doc.Body.Append(CodeBlock(m));
        doc.Add(StyleIds.CoverBanner, m.Banner);
        doc.Add(StyleIds.CoverNumber, m.Number.ToString());
        if (m.Replaces.Count > 0) doc.Add(StyleIds.CoverReplaces, $"代替{string.Join("、", m.Replaces)}");
        doc.Add(StyleIds.CoverRule);
        doc.Add(StyleIds.CoverTitle, m.Title);
        if (m.TitleEn is { } english) doc.Add(StyleIds.CoverTitleEn, english);
        if (m.Adoption is { } adoption) doc.Add(StyleIds.CoverAdoption, $"（{adoption}）");
        if (m.Stage != DraftStage.Published)
        {
            doc.Add(StyleIds.CoverStage, $"（{m.Stage.ChineseName()}）");
            if (m.DraftDate is { } drafted) doc.Add(StyleIds.CoverNote, $"（本草案完成时间：{drafted}）");
            if (m.Stage.CarriesPatentCall()) doc.Add(StyleIds.CoverNote, PatentCall);
        }
        doc.Add(StyleIds.CoverDates, $"{m.ReleaseDate ?? UnknownDate}发布\t{m.ImplementationDate ?? UnknownDate}实施");
        doc.Add(StyleIds.CoverIssuer, [.. DocumentBuilder.Text(m.Issuer ?? "XXXX"), .. DocumentBuilder.Text("发布", StyleIds.CoverIssued)]);
        doc.EndSection(Layout.PageSetup.Cover());
    }

    /// <summary>ICS and CCS (and 备案号) on the left, the document code on the right, side by side.</summary>
    private static Table CodeBlock(StandardMetadata m)
    {
        var left = new TableCell(new TableCellProperties(new TableCellWidth { Width = "5000", Type = TableWidthUnitValues.Dxa }));
        left.Append(Line(StyleIds.CoverIcs, $"ICS {m.Ics ?? ""}".TrimEnd()));
        left.Append(Line(StyleIds.CoverIcs, $"CCS {m.Ccs ?? ""}".TrimEnd()));
        if (m.FilingNumber is { } filing) left.Append(Line(StyleIds.CoverIcs, $"备案号：{filing}"));
        var right = new TableCell(new TableCellProperties(new TableCellWidth { Width = "4354", Type = TableWidthUnitValues.Dxa }),
            Line(StyleIds.CoverCode, m.Code));
        return new Table(
            new TableProperties(
                new TableWidth { Width = StyleSheet.TypeAreaWidth.ToString(), Type = TableWidthUnitValues.Dxa },
                new TableBorders(new TopBorder { Val = BorderValues.None }, new LeftBorder { Val = BorderValues.None },
                    new BottomBorder { Val = BorderValues.None }, new RightBorder { Val = BorderValues.None },
                    new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None }),
                new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(new GridColumn { Width = "5000" }, new GridColumn { Width = "4354" }),
            new TableRow(left, right));
    }

    private static Paragraph Line(string style, string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = style }), DocumentBuilder.Text(text).First());
}

using DocumentFormat.OpenXml.Wordprocessing;

namespace StdKit.Generator.Docx.Layout;

/// <summary>
/// A4 pages and the three sections of a standard: cover (no header, no number), front matter (目次, 前言, 引言;
/// numbered I, II …) and body (from an odd page, numbered 1, 2 …). GB/T 1.1-2020 10.1.
/// </summary>
public static class PageSetup
{
    private const int Width = 11906;
    private const int Height = 16838;

    /// <summary>
    /// A cover is a right-hand page: in a manual each standard starts on one, after a blank verso where needed. Alone,
    /// its (unprinted) number restarts at 1, as Word and LibreOffice tell right from left pages by the number; bound
    /// in a volume, the volume's numbers run on and the cover prints its own at the foot.
    /// </summary>
    public static SectionProperties Cover(Volume? volume = null) => Section(SectionMarkValues.OddPage, volume?.Covers,
        Numbering(NumberFormatValues.Decimal, volume),
        // [TEMPLATE] the national cover section: narrow top margin, no header or footer. The volume's number stands
        // 1 cm from the foot of the page, below the issuer.
        new PageMargin
        {
            Top = 567, Right = 1134, Bottom = 1021, Left = 1134, Gutter = 284, Header = 0,
            Footer = volume is null ? 0U : 567U,
        },
        grid: false);

    /// <summary>目次, 前言 and 引言, numbered I, II …; bound in a volume, from a right-hand page, as the cover is.</summary>
    public static SectionProperties FrontMatter(HeaderFooterParts parts, Volume? volume = null) =>
        Section(volume is null ? SectionMarkValues.NextPage : SectionMarkValues.OddPage, parts,
            Numbering(NumberFormatValues.UpperRoman, volume), BodyMargins());

    /// <summary>The body starts on an odd page (GB/T 1.1 10.1.4), numbered from 1 but in a volume.</summary>
    /// <param name="landscape">For documents of wide tables (意见汇总处理表): A4 turned, the same margins.</param>
    public static SectionProperties Body(HeaderFooterParts parts, bool landscape = false, Volume? volume = null) =>
        Section(SectionMarkValues.OddPage, parts, Numbering(NumberFormatValues.Decimal, volume), BodyMargins(),
            landscape: landscape);

    /// <summary>A document's own numbers restart at 1 in each section; a volume's run on, 1, 2 …</summary>
    private static PageNumberType Numbering(NumberFormatValues format, Volume? volume) => volume is null
        ? new PageNumberType { Format = format, Start = 1 }
        : new PageNumberType { Format = NumberFormatValues.Decimal };

    /// <summary>The width between the margins of a turned page, for the tables laid out on it.</summary>
    public const int LandscapeTypeAreaWidth = Height - 1134 - 1134 - 284;

    // [TEMPLATE] SET-style body margins: top 34 mm, bottom 20 mm, left 20 mm + 5 mm gutter, right 20 mm,
    // header 25 mm and footer 20 mm from the edge (facts §1; Annex E's exact values are UNCONFIRMED).
    private static PageMargin BodyMargins() =>
        new() { Top = 1928, Right = 1134, Bottom = 1134, Left = 1134, Gutter = 284, Header = 1418, Footer = 1134 };

    /// <param name="grid">The 15.6 pt line grid of the body; the cover is placed by measure, not by grid lines.</param>
    private static SectionProperties Section(SectionMarkValues start, HeaderFooterParts? parts, PageNumberType numbers,
        PageMargin margins, bool grid = true, bool landscape = false)
    {
        var section = new SectionProperties();
        if (parts is not null)
        {
            section.Append(
                new HeaderReference { Type = HeaderFooterValues.Default, Id = parts.OddHeaderId },
                new HeaderReference { Type = HeaderFooterValues.Even, Id = parts.EvenHeaderId },
                new FooterReference { Type = HeaderFooterValues.Default, Id = parts.OddFooterId },
                new FooterReference { Type = HeaderFooterValues.Even, Id = parts.EvenFooterId });
        }
        section.Append(new SectionType { Val = start });
        section.Append(landscape
            ? new PageSize { Width = Height, Height = Width, Orient = PageOrientationValues.Landscape }
            : new PageSize { Width = Width, Height = Height });
        section.Append(margins);
        section.Append(numbers);
        section.Append(new Columns { Space = "425" });
        if (grid) section.Append(new DocGrid { Type = DocGridValues.Lines, LinePitch = 312 });
        return section;
    }
}

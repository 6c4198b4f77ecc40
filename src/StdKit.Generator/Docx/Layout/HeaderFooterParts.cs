using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using StdKit.Generator.Docx.Styles;

namespace StdKit.Generator.Docx.Layout;

/// <summary>
/// The running headers (书眉) with the document number — right on odd pages, left on even — and the footers with
/// the page number — bottom right on odd pages, bottom left on even (GB/T 1.1 10.1.3).
/// </summary>
public sealed class HeaderFooterParts
{
    public required string OddHeaderId { get; init; }
    public required string EvenHeaderId { get; init; }
    public required string OddFooterId { get; init; }
    public required string EvenFooterId { get; init; }

    public static HeaderFooterParts Create(MainDocumentPart main, string documentNumber) => new()
    {
        OddHeaderId = AddHeader(main, StyleIds.HeaderOdd, documentNumber),
        EvenHeaderId = AddHeader(main, StyleIds.HeaderEven, documentNumber),
        OddFooterId = AddFooter(main, StyleIds.FooterOdd),
        EvenFooterId = AddFooter(main, StyleIds.FooterEven),
    };

    /// <summary>
    /// An empty header and a footer with the page number only, for the standards' covers in a volume: a section
    /// without its own would take those of the standard before it.
    /// </summary>
    public static HeaderFooterParts NumberOnly(MainDocumentPart main) => new()
    {
        OddHeaderId = AddBlankHeader(main),
        EvenHeaderId = AddBlankHeader(main),
        OddFooterId = AddFooter(main, StyleIds.FooterOdd),
        EvenFooterId = AddFooter(main, StyleIds.FooterEven),
    };

    /// <summary>One paragraph a point high: the cover is measured to the page and must not grow.</summary>
    private static string AddBlankHeader(MainDocumentPart main)
    {
        var part = main.AddNewPart<HeaderPart>();
        part.Header = new Header(
            new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.CoverEnd })));
        return main.GetIdOfPart(part);
    }

    private static string AddHeader(MainDocumentPart main, string style, string text)
    {
        var part = main.AddNewPart<HeaderPart>();
        part.Header = new Header(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style }),
            new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve })));
        return main.GetIdOfPart(part);
    }

    private static string AddFooter(MainDocumentPart main, string style)
    {
        var part = main.AddNewPart<FooterPart>();
        part.Footer = new Footer(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            new Run(new Text("1")),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End })));
        return main.GetIdOfPart(part);
    }
}

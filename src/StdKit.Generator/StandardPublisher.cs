using StdKit.Generator.Docx;
using StdKit.Generator.Docx.Writers;
using StdKit.Generator.Pdf;
using StdKit.Model.Documents;
using StdKit.Model.Wording;

namespace StdKit.Generator;

/// <summary>
/// Publishes a standard as .docx and, on request, PDF. For the PDF the document is laid out twice: the first layout
/// tells on which page each heading falls; the second writes those page numbers into the 目次 of both files.
/// </summary>
public static class StandardPublisher
{
    public static void Publish(Standard standard, string docxPath, string? pdfPath)
    {
        DocxRenderer.Render(standard, docxPath);
        if (pdfPath is null) return;

        var converter = new PdfConverter();
        converter.Convert(docxPath, pdfPath);
        var entries = TocEntries.From(standard);
        var pages = TocPageLocator.Locate(entries, PdfText.Pages(pdfPath), standard.Metadata.DisplayBodyTitle);
        if (pages.Count == 0) return; // layout not recognised: keep the field for Word to update
        DocxRenderer.Render(standard, docxPath, pages);
        converter.Convert(docxPath, pdfPath);
    }
}

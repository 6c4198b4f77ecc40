using StdKit.Generator.Docx;
using StdKit.Generator.Docx.Writers;
using StdKit.Generator.Pdf;
using StdKit.Model.Documents;
using StdKit.Model.Wording;

namespace StdKit.Generator;

/// <summary>
/// A written .docx to print; <paramref name="Standard"/> is set for a standard, whose 目次 gets page numbers.
/// </summary>
public sealed record PrintJob(string DocxPath, string PdfPath, Standard? Standard = null);

/// <summary>
/// Publishes standards as .docx and, on request, PDF. For the PDF every document is laid out twice: the first layout
/// tells on which page each heading falls; the second writes those page numbers into the 目次 of both files. All the
/// documents of one build go through each layout pass together, in one LibreOffice process.
/// </summary>
public static class StandardPublisher
{
    /// <returns>Warnings for the reader: 目次 entries left without a page number.</returns>
    public static IReadOnlyList<string> Publish(Standard standard, string docxPath, string? pdfPath)
    {
        DocxRenderer.Render(standard, docxPath);
        return pdfPath is null ? [] : Print([new PrintJob(docxPath, pdfPath, standard)]);
    }

    /// <summary>Prints already written documents; the standards among them get their 目次 page numbers.</summary>
    public static IReadOnlyList<string> Print(IReadOnlyList<PrintJob> jobs)
    {
        if (jobs.Count == 0) return [];
        var converter = new PdfConverter();
        converter.Convert(jobs.Select(j => new PdfTarget(j.DocxPath, j.PdfPath)).ToList());
        var warnings = new List<string>();
        var numbered = new List<PdfTarget>();
        foreach (var job in jobs.Where(j => j.Standard is not null))
        {
            var standard = job.Standard!;
            var pages = PdfText.Pages(job.PdfPath);
            var toc = TocPageLocator.Locate(TocEntries.From(standard), pages, standard.Metadata.DisplayBodyTitle);
            warnings.AddRange(toc.Unplaced.Select(e =>
                $"{job.DocxPath}: warning: the 目次 entry “{e.Text}” was not found on the printed pages, " +
                "so it has no page number — update the 目次 in Word (right-click, 更新域)"));
            if (toc.Pages.Count == 0) continue; // layout not recognised: keep the field for Word to update
            DocxRenderer.Render(standard, job.DocxPath, toc.Pages);
            numbered.Add(new PdfTarget(job.DocxPath, job.PdfPath));
        }
        converter.Convert(numbered);
        return warnings;
    }
}

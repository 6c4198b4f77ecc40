using StdKit.Generator.Docx;
using StdKit.Generator.Docx.Layout;
using StdKit.Generator.Docx.Writers;
using StdKit.Generator.Pdf;
using StdKit.Model.Documents;
using StdKit.Model.Wording;

namespace StdKit.Generator;

/// <summary>
/// A written .docx to print; <paramref name="Standard"/> is set for a standard, whose 目次 gets page numbers;
/// <paramref name="Relayout"/> for another document whose tables may go on under "表N（续）" (the 明细表): it writes the
/// document again at the path with the layout measured.
/// </summary>
public sealed record PrintJob(string DocxPath, string PdfPath, Standard? Standard = null,
    Action<string, PrintLayout>? Relayout = null);

/// <summary>
/// Publishes standards as .docx and, on request, PDF. For the PDF every standard is laid out until what the layout
/// tells stops changing: the first layout gives the page of each heading and the tables that cross a page; the next
/// rendering writes those page numbers into the 目次 and "表N（续）" where a table goes on; a table pushed further by
/// its continuation captions is measured again. All the documents of one build go through each pass together, in one
/// LibreOffice process.
/// </summary>
public static class StandardPublisher
{
    /// <summary>Layout passes at most: each pass settles at least one more page of every long table.</summary>
    private const int MaxPasses = 8;

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
        var rendered = new Dictionary<PrintJob, PrintLayout>();
        var warnings = new Dictionary<PrintJob, IEnumerable<string>>();
        var pending = jobs.Where(j => j.Standard is not null || j.Relayout is not null).ToList();
        for (var pass = 1; pass < MaxPasses && pending.Count > 0; pass++)
        {
            var again = new List<PrintJob>();
            foreach (var job in pending)
            {
                var current = rendered.GetValueOrDefault(job) ?? PrintLayout.Unmeasured;
                var (layout, unplaced) = Measure(job, current);
                warnings[job] = unplaced.Select(e =>
                    $"{job.DocxPath}: warning: the 目次 entry “{e.Text}” was not found on the printed pages, " +
                    "so it has no page number — update the 目次 in Word (right-click, 更新域)");
                if (layout.SameAs(current)) continue;
                if (job.Standard is { } standard) DocxRenderer.Render(standard, job.DocxPath, layout);
                else job.Relayout!(job.DocxPath, layout);
                rendered[job] = layout;
                again.Add(job);
            }
            converter.Convert(again.Select(j => new PdfTarget(j.DocxPath, j.PdfPath)).ToList());
            pending = again;
        }
        return jobs.SelectMany(j => warnings.GetValueOrDefault(j) ?? []).ToList();
    }

    /// <summary>
    /// The 目次 page labels and the table breaks of a printed standard; an unrecognised layout gives no labels, and
    /// the 目次 keeps its field for Word to update.
    /// </summary>
    private static (PrintLayout Layout, IReadOnlyList<TocEntry> Unplaced) Measure(PrintJob job, PrintLayout current)
    {
        var breaks = TableBreakLocator.Locate(PdfDestinations.Read(job.PdfPath), current.TableBreaks);
        if (job.Standard is not { } standard) return (new PrintLayout(new Dictionary<string, string>(), breaks), []);
        var toc = TocPageLocator.Locate(TocEntries.From(standard), PdfText.Pages(job.PdfPath),
            standard.Metadata.DisplayBodyTitle);
        return (new PrintLayout(toc.Pages, breaks), toc.Unplaced);
    }
}

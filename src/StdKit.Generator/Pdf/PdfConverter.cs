namespace StdKit.Generator.Pdf;

/// <summary>A .docx to print and the PDF it becomes; <paramref name="Documents"/> how many it binds (a
/// manual).</summary>
public sealed record PdfTarget(string DocxPath, string PdfPath, int Documents = 1);

/// <summary>
/// Converts .docx to PDF with LibreOffice, headless, in a private profile, with 宋体 and 黑体 mapped to the Noto CJK
/// serif and sans faces where the originals are not installed. Many documents go through one LibreOffice process:
/// starting it costs more than laying out a standard.
/// </summary>
public sealed class PdfConverter
{
    /// <summary>
    /// Keep the blank pages that put the 目次 and the first body page on right-hand pages when printed; give every
    /// bookmark a named destination, so the pages of marked table rows can be read back (PdfDestinations).
    /// </summary>
    private const string PdfFilter = "pdf:writer_pdf_Export:{"
        + "\"IsSkipEmptyPages\":{\"type\":\"boolean\",\"value\":\"false\"},"
        + "\"ExportBookmarksToPDFDestination\":{\"type\":\"boolean\",\"value\":\"true\"}}";

    private static readonly string[] OfficeNames = ["soffice", "libreoffice"];

    private readonly ExternalTool _office = ExternalTool.Find("libreoffice-writer fonts-noto-cjk", OfficeNames);

    /// <summary>Whether LibreOffice is installed, so that PDFs can be made.</summary>
    public static bool IsAvailable => ExternalTool.IsInstalled(OfficeNames);

    public void Convert(string docxPath, string pdfPath, int documents = 1) =>
        Convert([new PdfTarget(docxPath, pdfPath, documents)]);

    public void Convert(IReadOnlyCollection<PdfTarget> targets)
    {
        if (targets.Count == 0) return;
        var work = Directory.CreateTempSubdirectory("stdkit-pdf-").FullName;
        try
        {
            var fonts = Path.Combine(work, "fonts.conf");
            using (var resource = typeof(PdfConverter).Assembly.GetManifestResourceStream("StdKit.fonts.conf")!)
            using (var file = File.Create(fonts))
                resource.CopyTo(file);
            // LibreOffice names each PDF after its .docx: documents of the same name go through in separate batches.
            var number = 0;
            var batches = targets.GroupBy(t => Path.GetFileName(t.DocxPath), StringComparer.Ordinal)
                .SelectMany(g => g.Select((t, i) => (Target: t, Batch: i)))
                .GroupBy(t => t.Batch, t => t.Target);
            foreach (var batch in batches)
                ConvertBatch(batch.ToList(), work, Path.Combine(work, $"out{number++}"), fonts);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private void ConvertBatch(IReadOnlyList<PdfTarget> batch, string work, string outDir, string fonts)
    {
        _office.Run(
            [$"-env:UserInstallation=file://{Path.Combine(work, "profile")}", "--headless", "--convert-to", PdfFilter,
                "--outdir", outDir, .. batch.Select(t => Path.GetFullPath(t.DocxPath))],
            new Dictionary<string, string> { ["FONTCONFIG_FILE"] = fonts },
            // Time to lay out every document, on a machine that may be busy.
            TimeSpan.FromMinutes(2) + TimeSpan.FromSeconds(30) * batch.Sum(t => t.Documents));
        foreach (var target in batch)
        {
            var produced = Path.Combine(outDir, Path.ChangeExtension(Path.GetFileName(target.DocxPath), ".pdf"));
            if (!File.Exists(produced))
                throw new InvalidOperationException($"LibreOffice wrote no PDF for {target.DocxPath}");
            File.Move(produced, target.PdfPath, overwrite: true);
        }
    }
}

namespace StdKit.Generator.Pdf;

/// <summary>
/// Converts .docx to PDF with LibreOffice, headless, in a private profile, with 宋体 and 黑体 mapped to the Noto CJK
/// serif and sans faces where the originals are not installed.
/// </summary>
public sealed class PdfConverter
{
    /// <summary>Keep the blank pages that put the 目次 and the first body page on right-hand pages when printed.</summary>
    private const string PdfFilter = "pdf:writer_pdf_Export:{\"IsSkipEmptyPages\":{\"type\":\"boolean\",\"value\":\"false\"}}";

    private readonly ExternalTool _office = ExternalTool.Find("libreoffice-writer fonts-noto-cjk", "soffice", "libreoffice");

    public void Convert(string docxPath, string pdfPath)
    {
        var work = Directory.CreateTempSubdirectory("stdkit-pdf-").FullName;
        try
        {
            var fonts = Path.Combine(work, "fonts.conf");
            using (var resource = typeof(PdfConverter).Assembly.GetManifestResourceStream("StdKit.fonts.conf")!)
            using (var file = File.Create(fonts))
                resource.CopyTo(file);
            _office.Run(
                [$"-env:UserInstallation=file://{Path.Combine(work, "profile")}", "--headless", "--convert-to", PdfFilter, "--outdir", work, Path.GetFullPath(docxPath)],
                new Dictionary<string, string> { ["FONTCONFIG_FILE"] = fonts });
            var produced = Path.Combine(work, Path.ChangeExtension(Path.GetFileName(docxPath), ".pdf"));
            if (!File.Exists(produced)) throw new InvalidOperationException($"LibreOffice wrote no PDF for {docxPath}");
            File.Move(produced, pdfPath, overwrite: true);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }
}

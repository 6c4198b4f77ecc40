using System.Diagnostics;
using System.Text;
using StdKit.Content;
using StdKit.Content.Project;
using StdKit.Generator;
using StdKit.Import;

namespace StdKit.Bench;

/// <summary>
/// Imports .docx files warm and in-process and prints pages per second: a long standard made by repeating the
/// chapters of the largest sample draft, rendered by StdKit (its pages counted in the PDF LibreOffice makes of it,
/// or estimated at 1,500 characters a page without LibreOffice), then each sample draft. The peer: LibreOffice
/// turning the long standard into plain text (no structure at all), one warm process, as the ratio peer / StdKit.
/// </summary>
public static class ImportBenchmark
{
    private const int Rounds = 10;
    private const int CharactersPerPage = 1500;

    public static void Run(string contentDir)
    {
        var project = ContentProject.Load(Path.GetFullPath(contentDir));
        var folder = Directory.CreateTempSubdirectory("stdkit-bench-import-").FullName;
        try
        {
            var drafts = Directory.EnumerateFiles(Path.Combine(project.Root, "drafts"), "*.md").Order().ToList();
            var largest = drafts.MaxBy(f => new FileInfo(f).Length)!;
            var (longDocx, pages, counted) = LongStandard(project, largest, folder, repeats: 12);
            Console.WriteLine($"import: {Rounds} warm rounds in-process");
            var ms = Report($"long standard ({Path.GetFileName(largest)} chapters ×12)", longDocx, pages, counted);
            if (Peer(longDocx, folder) is { } peer)
                Console.WriteLine($"  peer, LibreOffice .docx → plain text: {peer,8:F1} ms; peer / StdKit = {peer / ms:F1}");
            foreach (var draft in drafts)
            {
                var docx = Path.Combine(folder, Path.GetFileNameWithoutExtension(draft) + ".docx");
                StandardPublisher.Publish(StandardReader.Read(draft, project), docx, null);
                Report(Path.GetFileName(draft), docx, Estimate(docx), counted: false);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static double Report(string name, string docx, int pages, bool counted)
    {
        for (var i = 0; i < 2; i++) Importer.Import(docx);
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < Rounds; i++) Importer.Import(docx);
        var ms = watch.Elapsed.TotalMilliseconds / Rounds;
        var estimated = counted ? "" : " (est.)";
        Console.WriteLine($"  {name,-58} {pages,4} pages{estimated} {ms,8:F1} ms  {pages * 1000 / ms,7:F0} pages/s");
        return ms;
    }

    /// <summary>Milliseconds LibreOffice takes to write the .docx as text, after a first run that sets up its
    /// profile; null where it is not installed.</summary>
    private static double? Peer(string docx, string folder)
    {
        if (!StdKit.Generator.Pdf.ExternalTool.IsInstalled("soffice")) return null;
        var office = StdKit.Generator.Pdf.ExternalTool.Find("libreoffice-writer", "soffice");
        string[] arguments = [$"-env:UserInstallation=file://{folder}/office", "--headless", "--convert-to", "txt:Text",
            "--outdir", folder, docx];
        office.Run(arguments);
        var watch = Stopwatch.StartNew();
        office.Run(arguments);
        return watch.Elapsed.TotalMilliseconds;
    }

    /// <summary>The draft with its chapters after 3 repeated: a long standard with every block kind of the
    /// draft.</summary>
    private static (string Docx, int Pages, bool Counted) LongStandard(ContentProject project, string draft,
        string folder, int repeats)
    {
        var text = File.ReadAllText(draft);
        var start = text.IndexOf("\n# ", text.IndexOf("\n# 术语和定义", StringComparison.Ordinal) + 1,
            StringComparison.Ordinal);
        var end = text.IndexOf("\n# 参考文献", StringComparison.Ordinal) is var b and >= 0 ? b : text.Length;
        var chapters = text[start..end];
        var longText = new StringBuilder(text[..end]);
        for (var i = 1; i < repeats; i++) longText.Append(chapters);
        longText.Append(text[end..]);
        var path = Path.Combine(folder, "long.md");
        File.WriteAllText(path, longText.ToString());
        var standard = StandardReader.Read(path, project.CatalogueFor(project.DefaultAgency), project.DefaultAgency);
        var docx = Path.Combine(folder, "long.docx");
        var pdf = Path.Combine(folder, "long.pdf");
        try
        {
            StandardPublisher.Publish(standard, docx, pdf);
            return (docx, StdKit.Generator.Pdf.PdfText.Pages(pdf).Count, true);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            StandardPublisher.Publish(standard, docx, null);
            return (docx, Estimate(docx), false);
        }
    }

    private static int Estimate(string docx)
    {
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(docx, false);
        return Math.Max(1, document.MainDocumentPart!.Document.Body!.InnerText.Length / CharactersPerPage);
    }
}

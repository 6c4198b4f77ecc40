using System.Diagnostics;
using StdKit.Build;
using StdKit.Content.Project;
using StdKit.Generator;
using StdKit.Generator.Docx;
using StdKit.Generator.Pdf;

namespace StdKit.Bench;

/// <summary>
/// Prints the sample agency's whole system to PDF three ways and times each: StdKit one standard at a time (its own
/// LibreOffice processes per document, as before batching), StdKit in batch (every layout pass of every document
/// through one LibreOffice process), and the peer — LibreOffice alone, one process per .docx, without 目次 page
/// numbers or continued tables. Per-document times, whole-system times and the ratios.
/// </summary>
public static class PdfBenchmark
{
    /// <param name="options">--limit N: only the first N standards (default: all).</param>
    public static void Run(string contentDir, IReadOnlyList<string> options)
    {
        ExternalTool.Find("libreoffice-writer", "soffice", "libreoffice");
        var project = ContentProject.Load(Path.GetFullPath(contentDir));
        var plan = new SystemPlanner(project).Plan(project.DefaultAgency, pdf: true);
        var limit = BenchOptions.Number(options, "--limit", int.MaxValue);
        var standards = plan.Outputs.Where(o => o.Printed is not null).Select(o => o.Printed!).Take(limit).ToList();
        var folder = Directory.CreateTempSubdirectory("stdkit-pdf-bench-").FullName;
        try
        {
            var jobs = standards.Select((s, i) => new PrintJob(Path.Combine(folder, $"{i}.docx"),
                Path.Combine(folder, $"{i}.pdf"), s)).ToList();
            Console.WriteLine($"pdf: {standards.Count} standards of {plan.Agency.Name}");

            var perDocument = new double[jobs.Count];
            var alone = Stopwatch.StartNew();
            for (var i = 0; i < jobs.Count; i++)
            {
                var one = Stopwatch.StartNew();
                StandardPublisher.Publish(jobs[i].Standard!, jobs[i].DocxPath, jobs[i].PdfPath);
                perDocument[i] = one.Elapsed.TotalSeconds;
            }
            alone.Stop();
            var pages = jobs.Select(j => PdfText.Pages(j.PdfPath).Count - 1).ToList();

            foreach (var job in jobs) DocxRenderer.Render(job.Standard!, job.DocxPath);
            var batch = Stopwatch.StartNew();
            StandardPublisher.Print(jobs);
            batch.Stop();

            var converter = new PdfConverter();
            var peer = Stopwatch.StartNew();
            foreach (var job in jobs) converter.Convert(job.DocxPath, Path.ChangeExtension(job.PdfPath, ".peer.pdf"));
            peer.Stop();

            Console.WriteLine($"  {"standard",-22} {"pages",5} {"alone s",8}");
            for (var i = 0; i < jobs.Count; i++)
                Console.WriteLine($"  {standards[i].Metadata.Number,-22} {pages[i],5} {perDocument[i],8:F1}");
            var n = jobs.Count;
            Console.WriteLine($"  StdKit one document at a time: {alone.Elapsed.TotalSeconds:F1} s, {alone.Elapsed.TotalSeconds / n:F2} s per document");
            Console.WriteLine($"  StdKit batch (whole system):   {batch.Elapsed.TotalSeconds:F1} s, {batch.Elapsed.TotalSeconds / n:F2} s per document");
            Console.WriteLine($"  peer, LibreOffice per document, one pass, no 目次 numbers: {peer.Elapsed.TotalSeconds:F1} s");
            Console.WriteLine($"  one at a time / batch = {alone.Elapsed.TotalSeconds / batch.Elapsed.TotalSeconds:F2}; " +
                $"batch / peer = {batch.Elapsed.TotalSeconds / peer.Elapsed.TotalSeconds:F2}");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

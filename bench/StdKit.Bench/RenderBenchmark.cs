using System.Diagnostics;
using StdKit.Content;
using StdKit.Content.Project;
using StdKit.Generator.Docx;

namespace StdKit.Bench;

/// <summary>
/// Renders every sample standard to .docx repeatedly, warm and in-process, and times pandoc converting the same
/// Markdown files to .docx in the same run, as the ratio StdKit / pandoc.
/// </summary>
public static class RenderBenchmark
{
    public static void Run(string contentDir)
    {
        var project = ContentProject.Load(Path.GetFullPath(contentDir));
        var files = project.StandardFiles.ToList();
        var standards = files.Select(f => StandardReader.Read(f, project)).ToList();
        var output = Directory.CreateTempSubdirectory("stdkit-bench-").FullName;
        try
        {
            foreach (var s in standards) DocxRenderer.Render(s, Path.Combine(output, "warmup.docx"));
            const int rounds = 20;
            var perDocument = new double[standards.Count];
            var all = Stopwatch.StartNew();
            for (var r = 0; r < rounds; r++)
                for (var i = 0; i < standards.Count; i++)
                {
                    var one = Stopwatch.StartNew();
                    DocxRenderer.Render(standards[i], Path.Combine(output, $"{i}.docx"));
                    perDocument[i] += one.Elapsed.TotalMilliseconds;
                }
            all.Stop();
            var stdkitSet = all.Elapsed.TotalMilliseconds / rounds;
            Console.WriteLine($"render: {standards.Count} standards, {rounds} warm rounds in-process");
            for (var i = 0; i < standards.Count; i++)
                Console.WriteLine($"  {Path.GetFileName(files[i]),-45} {perDocument[i] / rounds,7:F2} ms");
            Console.WriteLine($"  whole set {stdkitSet:F1} ms, {standards.Count * 1000 / stdkitSet:F0} documents/s");

            var pandocSet = Pandoc(files, output);
            if (pandocSet is { } p)
                Console.WriteLine($"pandoc (same Markdown to .docx, one process per file): whole set {p:F1} ms; StdKit/pandoc = {stdkitSet / p:F3}");
            else
                Console.WriteLine("pandoc: not installed (apt-get install pandoc) — no comparison");
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    /// <returns>Mean milliseconds to convert the whole set, over 3 rounds; null without pandoc.</returns>
    private static double? Pandoc(IReadOnlyList<string> files, string output)
    {
        const int rounds = 3;
        try
        {
            var total = Stopwatch.StartNew();
            for (var r = 0; r < rounds; r++)
                foreach (var file in files)
                {
                    using var process = Process.Start(new ProcessStartInfo("pandoc", [file, "-f", "markdown", "-o", Path.Combine(output, "pandoc.docx")])
                    {
                        RedirectStandardError = true,
                    })!;
                    process.StandardError.ReadToEnd();
                    process.WaitForExit();
                }
            return total.Elapsed.TotalMilliseconds / rounds;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}

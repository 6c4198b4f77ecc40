using System.Diagnostics;
using System.Text.RegularExpressions;
using StdKit.Checker;
using StdKit.Content;
using StdKit.Content.Project;

namespace StdKit.Bench;

/// <summary>
/// Checks the sample content, then 1,000 synthetic standards made from the seed drafts (each with its own number),
/// one by one and as one system; prints the reading and the checking time separately.
/// </summary>
public static partial class LintBenchmark
{
    public static void Run(string contentDir)
    {
        var content = Path.GetFullPath(contentDir);
        var sample = ContentProject.Load(content).StandardFiles.ToList();
        Measure("sample content (cold, with JIT)", content, sample);
        Measure("sample content (warm)", content, sample);

        var synthetic = Directory.CreateTempSubdirectory("stdkit-lint-bench-").FullName;
        try
        {
            foreach (var file in new[] { "stdkit.yaml", "catalogue.yaml" }) File.Copy(Path.Combine(content, file), Path.Combine(synthetic, file));
            CopyFolder(Path.Combine(content, "agencies"), Path.Combine(synthetic, "agencies"));
            var seeds = Directory.EnumerateFiles(Path.Combine(content, "drafts"), "*.md").Order().Select(File.ReadAllText).ToList();
            CopyFolder(Path.Combine(content, "drafts", "figures"), Path.Combine(synthetic, "figures"));
            var files = new List<string>();
            for (var i = 0; i < 1000; i++)
            {
                var path = Path.Combine(synthetic, $"std{i:D4}.md");
                File.WriteAllText(path, NumberLine().Replace(seeds[i % seeds.Count], $"number: T/BENCH {i + 1:D4}—2025", 1));
                files.Add(path);
            }
            Measure("1,000 synthetic standards", synthetic, files);
        }
        finally
        {
            Directory.Delete(synthetic, recursive: true);
        }
    }

    private static void Measure(string what, string root, IReadOnlyList<string> files)
    {
        var read = Stopwatch.StartNew();
        var project = ContentProject.Load(root);
        var standards = files.Select(f => StandardReader.Read(f, project)).ToList();
        read.Stop();
        var check = Stopwatch.StartNew();
        var findings = Linter.Default.Check(standards, project.DisabledRules);
        check.Stop();
        Console.WriteLine($"lint {what}: {standards.Count} standards, {findings.Count} findings; read {read.Elapsed.TotalMilliseconds:F0} ms, check {check.Elapsed.TotalMilliseconds:F0} ms, total {(read.Elapsed + check.Elapsed).TotalSeconds:F2} s");
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
    }

    [GeneratedRegex("^number: .*$", RegexOptions.Multiline)]
    private static partial Regex NumberLine();
}

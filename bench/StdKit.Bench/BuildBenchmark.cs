using System.Diagnostics;
using StdKit.Build;
using StdKit.Content.Project;

namespace StdKit.Bench;

/// <summary>
/// Builds the systems of 100 synthetic agencies (the sample profiles with new names and codes) one after another and
/// prints documents per second and the process's memory after 10, 25, 50 and 100 agencies: memory should stay flat.
/// </summary>
public static class BuildBenchmark
{
    public static void Run(string contentDir, int agencies = 100)
    {
        var content = Path.GetFullPath(contentDir);
        var work = Directory.CreateTempSubdirectory("stdkit-build-bench-").FullName;
        try
        {
            var project = ContentProject.Load(content);
            var samples = Directory.EnumerateFiles(project.AgenciesFolder, "*.yaml").Order().Select(File.ReadAllText).ToList();
            var profiles = Path.Combine(work, "agencies");
            Directory.CreateDirectory(profiles);
            for (var i = 0; i < agencies; i++)
            {
                var text = samples[i % samples.Count];
                text = System.Text.RegularExpressions.Regex.Replace(text, "(?m)^short-code: .*$", $"short-code: B{i:D3}");
                text = System.Text.RegularExpressions.Regex.Replace(text, "(?m)^name: (.*)$", $"name: 第{i + 1}号$1");
                File.WriteAllText(Path.Combine(profiles, $"agency{i:D3}.yaml"), text);
            }
            var planner = new SystemPlanner(project);
            var output = Path.Combine(work, "out");
            var documents = 0;
            var clock = Stopwatch.StartNew();
            var checkpoints = new HashSet<int> { 10, 25, 50, agencies };
            for (var i = 0; i < agencies; i++)
            {
                var plan = planner.Plan(project.Agency(Path.Combine(profiles, $"agency{i:D3}.yaml")), pdf: false);
                documents += SystemWriter.Write(plan, output).Written;
                if (!checkpoints.Contains(i + 1)) continue;
                GC.Collect();
                Console.WriteLine($"build: {i + 1,3} agencies, {documents,5} documents, {documents / clock.Elapsed.TotalSeconds,6:F1} documents/s, " +
                    $"managed heap {GC.GetTotalMemory(false) / 1048576.0,6:F1} MiB, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0,6:F1} MiB");
            }
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }
}

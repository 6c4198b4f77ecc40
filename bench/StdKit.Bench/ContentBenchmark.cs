using System.Diagnostics;
using StdKit.Content;
using StdKit.Content.Project;

namespace StdKit.Bench;

/// <summary>Reading, numbering and resolving all sample content: cold (first run) and warm (in-process, repeated).</summary>
public static class ContentBenchmark
{
    public static void Run(string contentDir)
    {
        var cold = Stopwatch.StartNew();
        var (project, files, clauses) = ReadAll(contentDir);
        cold.Stop();

        const int rounds = 50;
        var warm = Stopwatch.StartNew();
        for (var i = 0; i < rounds; i++) ReadAll(contentDir);
        warm.Stop();

        var perRound = warm.Elapsed.TotalMilliseconds / rounds;
        Console.WriteLine($"content: {files} standards, {clauses} clauses, catalogue {project.Catalogue.Entries.Count} documents");
        Console.WriteLine($"cold (first read, incl. JIT): {cold.Elapsed.TotalMilliseconds:F1} ms");
        Console.WriteLine($"warm: {perRound:F2} ms for all content ({perRound / files:F2} ms per standard, {rounds} rounds)");
    }

    private static (ContentProject Project, int Files, int Clauses) ReadAll(string contentDir)
    {
        var project = ContentProject.Load(Path.GetFullPath(contentDir));
        var clauses = 0;
        var files = 0;
        foreach (var file in project.StandardFiles)
        {
            var standard = StandardReader.Read(file, project);
            clauses += standard.Elements.OfType<StdKit.Model.Body.Clause>().Count();
            files++;
        }
        return (project, files, clauses);
    }
}

using System.Diagnostics;
using StdKit.Search.Index;
using StdKit.Search.Knowledge;

namespace StdKit.Bench;

/// <summary>
/// Many stdkit processes on one knowledge base, as issue 11 measured them: searches with the index missing, on a fresh
/// checkout and while an index runs, and two index runs on a fresh knowledge base. Prints runs, failures (any exit
/// code but 0), how many processes built the index themselves, and the first failure's message.
/// </summary>
public static class ConcurrencyBenchmark
{
    public static void Run(string content, IReadOnlyList<string> options)
    {
        var searches = options.Count > 0 && int.TryParse(options[0], out var n) ? n : 200;
        Console.WriteLine($"concurrency: {searches} searches 8 at a time, {Environment.ProcessorCount} cores");

        using (var tree = new Tree(content))
        {
            tree.Stdkit("index");
            Directory.Delete(tree.IndexFolder, recursive: true);
            Report("index missing", tree.Many(searches, 8, "search", "服务记录"), tree);
        }
        using (var tree = new Tree(content))
            Report("fresh checkout", tree.Many(4, 4, "search", "服务记录"), tree);
        using (var tree = new Tree(content))
        {
            tree.Stdkit("index");
            var indexing = Task.Run(() => tree.Stdkit("index", "--agency", "all"));
            var results = tree.Many(40, 8, "search", "服务记录");
            Report("during index", [.. results, indexing.Result], tree);
        }
        var pairs = new List<Result>();
        var unusable = 0;
        for (var run = 0; run < 5; run++)
        {
            using var tree = new Tree(content);
            pairs.AddRange(tree.Many(2, 2, "index", "--agency", "all"));
            if (tree.Stdkit("search", "服务记录") is not { ExitCode: 0, Error: "" }) unusable++;
        }
        Report($"two index runs ×5 (unusable index after {unusable})", pairs, null);
    }

    private static void Report(string scenario, IReadOnlyList<Result> results, Tree? tree)
    {
        var failed = results.Where(r => r.ExitCode != 0).ToList();
        var built = results.Count(r => r.Error.Contains("no search index yet") || r.Error.Contains("rebuilding it"));
        var current = tree is null ? "" : new IndexFolder(tree.IndexFolder).Current is null ? ", current: missing" : ", current: ok";
        var seconds = results.Select(r => r.Seconds).Order().ToList();
        Console.WriteLine($"  {scenario,-45} runs {results.Count,4}  failed {failed.Count,4}  built the index {built,4}  "
            + $"median {seconds[seconds.Count / 2],5:F1} s{current}");
        if (failed.Count > 0) Console.WriteLine($"    first failure: {failed[0].Error.Split('\n')[0]}");
    }

    private sealed record Result(int ExitCode, string Error, double Seconds);

    /// <summary>A copy of the content tree in a temporary folder, removed afterwards.</summary>
    private sealed class Tree : IDisposable
    {
        private readonly string _root = Directory.CreateTempSubdirectory("stdkit-concurrency-").FullName;

        public Tree(string content)
        {
            foreach (var file in Directory.EnumerateFiles(content, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(content, file);
                if (relative.StartsWith("out" + Path.DirectorySeparatorChar, StringComparison.Ordinal)) continue;
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(_root, relative))!);
                File.Copy(file, Path.Combine(_root, relative));
            }
        }

        public string IndexFolder => KnowledgeBaseLocation.Parse(Path.Combine(_root, "out", "kb", "stdkit.db")).IndexFolder;

        public List<Result> Many(int count, int atATime, params string[] args)
        {
            var results = new Result[count];
            Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = atATime }, i => results[i] = Stdkit(args));
            return [.. results];
        }

        public Result Stdkit(params string[] args)
        {
            var start = new ProcessStartInfo("dotnet") { WorkingDirectory = _root, RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "stdkit.dll"));
            foreach (var a in args) start.ArgumentList.Add(a);
            var clock = Stopwatch.StartNew();
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            _ = output.Result;
            return new Result(process.ExitCode, error, clock.Elapsed.TotalSeconds);
        }

        public void Dispose() => Directory.Delete(_root, recursive: true);
    }
}

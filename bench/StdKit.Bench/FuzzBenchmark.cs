using System.Diagnostics;
using StdKit.Indexing;
using StdKit.Search;
using StdKit.Search.Index;
using StdKit.Search.Knowledge;
using StdKit.Tests.Robustness.Fuzzing;
using StdKit.Tests.Search;

namespace StdKit.Bench;

/// <summary>
/// The long fuzz run: a thousand mutants (or --mutants N) of each input kind — standards' bodies and front matter,
/// agency profiles, queries — with the test's mutations, printing runs, clear refusals, crashes and the first
/// reproducer of each kind.
/// </summary>
internal static class FuzzBenchmark
{
    public static void Run(string repository, IReadOnlyList<string> options)
    {
        var mutants = BenchOptions.Number(options, "--mutants", 1000);
        var seed = BenchOptions.Value(options, "--seed") is { } given ? ulong.Parse(given) : 20261201UL;
        using var tree = new ContentCopy(repository);
        var database = KnowledgeBaseLocation.Parse(Path.Combine(tree.Output, "kb", "stdkit.db"));
        ContentIndexer.Index(tree.Root, database, new AgencySelection.All(), _ => { });
        using var kb = database.Open();
        using var index = SearchIndex.Open(kb, _ => { });
        FuzzTarget[] targets =
        [
            new StandardTarget(tree, frontMatter: false),
            new StandardTarget(tree, frontMatter: true),
            new ProfileTarget(tree),
            new QueryTarget(kb, index, RelevanceSet.Queries.Select(q => q.Query).ToList()),
        ];
        Console.WriteLine($"fuzz: {mutants} mutants of each kind, seed {seed}");
        foreach (var target in targets)
        {
            var clock = Stopwatch.StartNew();
            var outcome = FuzzRun.Run(target, mutants, seed);
            Console.WriteLine($"{outcome}  ({clock.Elapsed.TotalSeconds:F0} s)");
        }
    }
}

using System.Diagnostics;
using Npgsql;
using StdKit.Content.Project;
using StdKit.Indexing.Sources;
using StdKit.Model.Systems;
using StdKit.Search.Knowledge;

namespace StdKit.Bench;

/// <summary>
/// Filling the knowledge base, SQLite against PostgreSQL (issue 17): the sample content with every agency's system,
/// then the sample with the synthetic clauses of the search benchmark (100,000 by default, --clauses N), each into an
/// empty store (the first fill, as <c>stdkit index</c> on a new record) and again unchanged (by content hash). Content
/// is read before the clock starts; the search index is not built. Prints seconds and the ratio PostgreSQL/SQLite,
/// the median of --runs N (default 3). The server is STDKIT_POSTGRES (default Host=localhost;Username=postgres),
/// where a database stdkit_bench_fill is made afresh for every fill.
/// </summary>
public static class FillBenchmark
{
    private const string Database = "stdkit_bench_fill";

    public static void Run(string content, IReadOnlyList<string> options)
    {
        int Option(string name, int fallback) => BenchOptions.Number(options, name, fallback);
        var (clauses, runs) = (Option("--clauses", 100_000), Option("--runs", 3));
        var server = Environment.GetEnvironmentVariable("STDKIT_POSTGRES") is { Length: > 0 } s
            ? s : "Host=localhost;Username=postgres";
        var project = ContentProject.Load(Path.GetFullPath(content));
        IReadOnlyList<AgencyProfile> systems = project.Library is null ? []
            : Directory.EnumerateFiles(project.AgenciesFolder, "*.yaml").Order(StringComparer.Ordinal)
                .Select(project.Agency).ToList();
        var scopes = ContentSources.Read(project, systems)
            .Select(s => new IndexScope(s.Agency, s.Standards.ToList())).ToList();
        var corpus = new SearchBenchmark.Corpus(scopes.SelectMany(s => s.Standards).ToList(), project.Synonyms);
        var synthetic = corpus.Standards(clauses).ToList();
        var agencies = systems.Select(p => (p.Id, p.Name)).ToList();
        var inputs = new[]
        {
            ("sample", new FillInput(scopes, project.Framework, agencies, project.Synonyms.Pairs)),
            ($"sample + {clauses:N0}", new FillInput(scopes.Select((scope, i) => i == 0
                ? scope with { Standards = scope.Standards.Concat(synthetic).ToList() } : scope).ToList(),
                project.Framework, agencies, project.Synonyms.Pairs)),
        };
        Console.WriteLine($"fill: {Environment.ProcessorCount} cores, load average {ServeBenchmark.LoadAverage()}, " +
            $"median of {runs} runs");
        Console.WriteLine($"{"content",-18} {"clauses",8} {"fill",-10} {"SQLite s",9} {"PostgreSQL s",13} {"ratio",6}");
        var folder = Directory.CreateTempSubdirectory("stdkit-bench-fill-").FullName;
        try
        {
            foreach (var (name, input) in inputs)
            {
                var count = input.Scopes.Sum(scope => scope.Standards.Sum(standard => standard.Clauses.Count));
                var sqlite = Measure(runs, () => KnowledgeBaseLocation.Parse(Path.Combine(folder,
                    $"{Guid.NewGuid():N}.db")), input);
                var connection = new NpgsqlConnectionStringBuilder(server) { Database = Database }.ConnectionString;
                var postgres = Measure(runs, () =>
                {
                    NpgsqlConnection.ClearAllPools();
                    ClusterBenchmark.Admin(server, $"DROP DATABASE IF EXISTS {Database} WITH (FORCE)");
                    ClusterBenchmark.Admin(server, $"CREATE DATABASE {Database}");
                    return KnowledgeBaseLocation.Parse(connection, Path.Combine(folder, "pg.index"));
                }, input);
                foreach (var (fill, i) in new[] { ("first", 0), ("unchanged", 1) })
                    Console.WriteLine($"{name,-18} {count,8:N0} {fill,-10} {sqlite[i],9:F2} {postgres[i],13:F2} " +
                        $"{postgres[i] / sqlite[i],6:F2}");
            }
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            ClusterBenchmark.Admin(server, $"DROP DATABASE IF EXISTS {Database} WITH (FORCE)");
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The medians of the first fill into an empty store and of the same fill again.</summary>
    private static double[] Measure(int runs, Func<KnowledgeBaseLocation> empty, FillInput input)
    {
        var (first, again) = (new List<double>(), new List<double>());
        for (var run = 0; run < runs; run++)
        {
            var location = empty();
            var clock = Stopwatch.StartNew();
            using var kb = location.OpenForWriting(_ => { });
            kb.Fill(input);
            first.Add(clock.Elapsed.TotalSeconds);
            clock.Restart();
            var result = kb.Fill(input);
            again.Add(clock.Elapsed.TotalSeconds);
            if (result.ChangedAnything) throw new InvalidOperationException("the unchanged fill changed something");
        }
        return [Median(first), Median(again)];
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}

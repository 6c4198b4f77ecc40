using System.Diagnostics;
using Lucene.Net.Store;
using StdKit.Content.Project;
using StdKit.Indexing.Sources;
using StdKit.Search.Index;
using StdKit.Search.Knowledge;
using StdKit.Search.Records;

namespace StdKit.Bench;

/// <summary>
/// Bringing the search index up to date after one standard changed, in a knowledge base of the sample and the
/// synthetic clauses of the search benchmark (100,000 by default, --clauses N): the full rebuild that every change
/// cost before against catching up by the standards that changed, in the same run, as after <c>stdkit index</c>
/// (which checks the current generation in full first) and as a following node does (which does not), with the part
/// the champion lists take. Each is the median of --runs N (default 3), a different standard changed each time.
/// </summary>
public static class CatchUpBenchmark
{
    public static void Run(string content, IReadOnlyList<string> options)
    {
        var clauses = Option(options, "--clauses", 100_000);
        var runs = Option(options, "--runs", 3);
        var project = ContentProject.Load(Path.GetFullPath(content));
        var scopes = ContentSources.Read(project, [])
            .Select(s => new IndexScope(s.Agency, s.Standards.ToList())).ToList();
        var corpus = new SearchBenchmark.Corpus(scopes.SelectMany(s => s.Standards).ToList(), project.Synonyms);
        var synthetic = corpus.Standards(clauses).ToList();
        var folder = System.IO.Directory.CreateTempSubdirectory("stdkit-bench-catchup-").FullName;
        try
        {
            var location = KnowledgeBaseLocation.Parse(Path.Combine(folder, "stdkit.db"));
            using var kb = location.OpenForWriting(_ => { });
            Fill(kb, scopes, synthetic);
            SearchIndex.Update(kb, _ => { });
            Console.WriteLine($"catch-up: {kb.ClauseCount():N0} clauses in {kb.Standards().Count:N0} standards, " +
                $"{Environment.ProcessorCount} cores");

            var (full, update, follow, champions) = (new List<double>(), new List<double>(), new List<double>(),
                new List<double>());
            for (var run = 0; run < runs; run++)
            {
                Change(synthetic, 2 * run);
                Fill(kb, scopes, synthetic);
                update.Add(Seconds(() => SearchIndex.Update(kb, _ => { })));
                champions.Add(Seconds(() => RewriteChampionLists(location)));

                Change(synthetic, 2 * run + 1);
                Fill(kb, scopes, synthetic);
                var messages = new List<string>();
                follow.Add(Seconds(() => SearchIndex.Open(kb, messages.Add).Dispose()));
                if (!messages.Any(m => m.Contains("brought up to date", StringComparison.Ordinal)))
                    throw new InvalidOperationException($"the node did not catch up: {string.Join("; ", messages)}");

                System.IO.Directory.Delete(location.IndexFolder, recursive: true);
                full.Add(Seconds(() => SearchIndex.Update(kb, _ => { })));
            }
            var rebuild = Median(full);
            Console.WriteLine($"  full rebuild                         {rebuild,7:F2} s");
            Console.WriteLine($"  caught up after stdkit index         {Median(update),7:F2} s   " +
                $"{rebuild / Median(update),5:F1}× faster");
            Console.WriteLine($"  caught up by a following node        {Median(follow),7:F2} s   " +
                $"{rebuild / Median(follow),5:F1}× faster");
            Console.WriteLine($"    of which champion lists (alone)    {Median(champions),7:F2} s");
        }
        finally
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
    }

    private static int Option(IReadOnlyList<string> options, string name, int fallback) =>
        BenchOptions.Number(options, name, fallback);

    /// <summary>One sentence of one clause of the standard at a place far from the others changed each run.</summary>
    private static void Change(List<StandardRecord> standards, int run)
    {
        var at = (run * 37 + standards.Count / 2) % standards.Count;
        var s = standards[at];
        var clauses = s.Clauses.Select((c, i) => i == 0 ? c with { Text = c.Text + $"第{run}次修订。" } : c).ToList();
        standards[at] = new StandardRecord(s.Origin, s.Metadata, clauses, s.Terms);
    }

    private static void Fill(IKnowledgeBase kb, List<IndexScope> scopes, List<StandardRecord> synthetic) =>
        kb.Fill(new FillInput(
            scopes.Select((s, i) => i == 0 ? s with { Standards = s.Standards.Concat(synthetic) } : s), null, [], []));

    private static void RewriteChampionLists(KnowledgeBaseLocation location)
    {
        using var directory = new SimpleFSDirectory(new IndexFolder(location.IndexFolder).Current!);
        ChampionLists.Write(directory);
    }

    private static double Seconds(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed.TotalSeconds;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}

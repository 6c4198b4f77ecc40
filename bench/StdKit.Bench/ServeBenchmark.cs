using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using StdKit.Content.Project;
using StdKit.Search.Index;
using StdKit.Search.Knowledge;
using StdKit.Search.Records;
using StdKit.Indexing.Sources;
using StdKit.Web;
using StdKit.Web.Library;
using StdKit.Web.Rendering;

namespace StdKit.Bench;

/// <summary>
/// The workbench under load: the real server on loopback, N concurrent HTTP clients, each run bounded in requests
/// and in time. Prints requests per second and latency percentiles for search and reading pages, on the sample
/// knowledge base and on one with the synthetic clauses of the search benchmark added (100,000 by default,
/// --clauses N), then a 60-second run at 50 clients on the large one with the server's memory every 10 s. The
/// "new" rows ask each address once, in turn, before any other run: the latency of a search nobody asked before, by
/// 1, 10 and 50 clients at once. The "health" row asks for the smallest answer the server gives, to show what the
/// clients and the server's pipeline cost without a page.
/// Clients and server share the process and the machine, so the figures are a floor and the memory includes the
/// clients.
/// </summary>
public static class ServeBenchmark
{
    private const int MaxRequests = 5000;
    private const int SoakClients = 50;
    private const int CorpusQueriesPerClass = 500;
    private static readonly TimeSpan MaxTime = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan FirstAskTime = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan SoakTime = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan SoakReport = TimeSpan.FromSeconds(10);

    /// <summary>What staff type; the corpus adds many distinct queries, so no run is served from one page.</summary>
    private static readonly string[] Queries =
        ["服务", "服务时限", "投诉处理", "应 公开", "GB/T 19001—2016", "4.3", "人员 培训", "保密", "质量 管理", "\"服务承诺\""];

    private static readonly string[] CorpusClasses =
        ["2 characters", "4 characters", "phrase", "document number", "question", "synonym"];

    public static void Run(string content, IReadOnlyList<string> options)
    {
        var clauses = BenchOptions.Number(options, "--clauses", 100_000);
        var project = ContentProject.Load(Path.GetFullPath(content));
        IReadOnlyList<AgencyProfile> systems = project.Library is null ? [] : [project.DefaultAgency];
        // Read once: the sample fills both knowledge bases and gives the synthetic clauses their sentences.
        var scopes = ContentSources.Read(project, systems)
            .Select(s => new IndexScope(s.Agency, s.Standards.ToList())).ToList();
        var corpus = new SearchBenchmark.Corpus(scopes.SelectMany(s => s.Standards).ToList(), project.Synonyms);
        // Two draws, so that each row of new searches has over a thousand; and eight more, none of them, for a
        // warm-up.
        var queries = DistinctQueries(corpus, clauses).Union(DistinctQueries(corpus, clauses + 100)).ToArray();
        var warmUp = Enumerable.Range(1, 8).SelectMany(k => DistinctQueries(corpus, clauses + k)).Distinct()
            .Except(queries).ToArray();
        Console.WriteLine($"serve: {queries.Length} distinct queries, {Environment.ProcessorCount} cores, " +
            $"load average {LoadAverage()}");

        // --large-only: the large knowledge base alone, without the minute of memory readings (to compare builds).
        var largeOnly = options.Contains("--large-only");
        if (!largeOnly) Serve(project, scopes, systems, (queries, warmUp), "sample knowledge base", soak: false);
        var withCorpus = scopes.Select((s, i) => i == 0
            ? s with { Standards = s.Standards.Concat(corpus.Standards(clauses)) } : s);
        Serve(project, withCorpus.ToList(), systems, (queries, warmUp), $"sample + {clauses:N0} synthetic clauses",
            soak: !largeOnly);
    }

    /// <summary>What staff type and a hundred of each class of the corpus's queries, so no run is one page.</summary>
    internal static string[] DistinctQueries(SearchBenchmark.Corpus corpus, int seed)
    {
        var corpusQueries = corpus.Queries(new Random(seed));
        return Queries.Concat(Enumerable.Range(0, CorpusQueriesPerClass)
            .SelectMany(i => CorpusClasses.Select(c => corpusQueries[c][i]))).Distinct().ToArray();
    }

    private static void Serve(ContentProject project, IReadOnlyList<IndexScope> scopes,
        IReadOnlyList<AgencyProfile> systems, (string[] Measured, string[] WarmUp) queries, string name, bool soak)
    {
        var folder = Directory.CreateTempSubdirectory("stdkit-bench-web-").FullName;
        try
        {
            var database = KnowledgeBaseLocation.Parse(Path.Combine(folder, "stdkit.db"));
            IReadOnlyList<ListedStandard> standards;
            int clauseCount;
            using (var kb = database.OpenForWriting(_ => { }))
            {
                kb.Fill(new FillInput(scopes, project.Framework,
                    systems.Select(p => (p.Id, p.Name)).ToList(), project.Synonyms.Pairs));
                SearchIndex.Update(kb, _ => { });
                clauseCount = kb.IndexedClauses().Count();
                // The reading pages measured are those of standards with a source to read: the sample's.
                standards = kb.Standards().Where(s => File.Exists(Path.Combine(project.Root, s.Source)))
                    .ToList();
            }
            using var app = WebServer.Create(new WorkbenchOptions(database, project.Root),
                b => b.WebHost.UseUrls("http://127.0.0.1:0"));
            app.StartAsync().GetAwaiter().GetResult();
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
                .Addresses.Single();
            // The server renders every reading view once it has started: the rows measure one that has done so.
            var views = app.Services.GetRequiredService<ReadingViews>();
            var rendering = Stopwatch.StartNew();
            while (views.Count < standards.Count && rendering.Elapsed < FirstAskTime) Thread.Sleep(50);
            var search = queries.Measured.Select(q => Links.With("/", ("q", q))).ToArray();
            var reading = standards.Select(s => Links.Standard(s.Number)).ToArray();
            var pages = new (string Kind, string[] Urls)[] { ("search", search), ("standard", reading) };
            Console.WriteLine();
            Console.WriteLine($"== {name}: {clauseCount:N0} clauses, {standards.Count} readable standards " +
                $"(rendered in {rendering.Elapsed.TotalSeconds:F1} s); " +
                $"each run at most {MaxRequests} requests or {MaxTime.TotalSeconds:0} s, load average {LoadAverage()}");
            Console.WriteLine($"{"page",-12} {"clients",7} {"requests",8} {"req/s",8} {"p50 ms",7} {"p95 ms",7} " +
                $"{"p99 ms",7} {"cpu ms",7} {"heap MB",8} {"process MB",10}");
            // The share of the clients and the server's pipeline: the same clients asking for the smallest answer,
            // which costs no page; its processor time per request bounds what the load generator takes of a row.
            var floor = Measure(address, ["/health"], SoakClients, MaxRequests, MaxTime, out var floorTime,
                out var floorCpu);
            Console.WriteLine($"{"health",-12} {SoakClients,7} {Figures(floor, floorTime, floorCpu)} {Memory()}");
            // A server that has run a while: the runtime compiles the code that runs often again, with what it saw it
            // do, over the first ten thousand or so searches (about 2 ms of processor a search at first, under 1 ms
            // after); these searches are of other queries, so no page of the rows is kept.
            var warmUp = queries.WarmUp.Select(q => Links.With("/", ("q", q))).ToArray();
            var warm = Measure(address, warmUp, SoakClients, warmUp.Length, FirstAskTime, out var warmTime,
                out var warmCpu, anyAnswer: true);
            Console.WriteLine($"{"warm-up",-12} {SoakClients,7} {Figures(warm, warmTime, warmCpu)} {Memory()}");
            // Each address once: what a reader waits for a search nobody asked before, alone (a third of the
            // addresses) and with 10 and 50 others asking new things at the same time (the other thirds).
            foreach (var (kind, urls) in pages)
                foreach (var (clients, part) in new[]
                {
                    (1, urls[..(urls.Length / 3)]), (10, urls[(urls.Length / 3)..(2 * urls.Length / 3)]),
                    (50, urls[(2 * urls.Length / 3)..]),
                })
                {
                    var first = Measure(address, part, clients, part.Length, FirstAskTime, out var firstTime,
                        out var firstCpu);
                    Console.WriteLine(
                        $"{"new " + kind,-12} {clients,7} {Figures(first, firstTime, firstCpu)} {Memory()}");
                }
            foreach (var clients in new[] { 1, 10, 50, 200 })
                foreach (var (kind, urls) in pages)
                {
                    var latencies = Measure(address, urls, clients, MaxRequests, MaxTime, out var elapsed, out var cpu);
                    Console.WriteLine($"{kind,-12} {clients,7} {Figures(latencies, elapsed, cpu)} {Memory()}");
                }
            // Half search, half reading, as staff work.
            if (soak) Soak(address, search.SelectMany((s, i) => new[] { s, reading[i % reading.Length] }).ToArray());
            app.StopAsync().GetAwaiter().GetResult();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Fixed clients for a fixed time; the heap after a full collection every 10 s.</summary>
    private static void Soak(string address, string[] urls)
    {
        Console.WriteLine();
        Console.WriteLine($"== {SoakTime.TotalSeconds:0} s at {SoakClients} clients, search and reading pages " +
            $"alternating; load average {LoadAverage()}");
        Console.WriteLine($"{"at s",5} {"requests",8} {"heap MB",8} {"process MB",10}");
        var completed = 0;
        using var done = new CancellationTokenSource();
        var reporter = Task.Run(async () =>
        {
            var clock = Stopwatch.StartNew();
            using var timer = new PeriodicTimer(SoakReport);
            while (await timer.WaitForNextTickAsync(done.Token).AsTask().ContinueWith(t => !t.IsCanceled && t.Result))
                Console.WriteLine($"{clock.Elapsed.TotalSeconds,5:F0} {Volatile.Read(ref completed),8} {Memory()}");
        });
        var latencies = Measure(address, urls, SoakClients, int.MaxValue, SoakTime, out var elapsed, out var cpu,
            () => Interlocked.Increment(ref completed));
        done.Cancel();
        reporter.Wait();
        Console.WriteLine($"{"all",-12} {SoakClients,7} {Figures(latencies, elapsed, cpu)} {Memory()}");
    }

    /// <summary>Requests per second, latency percentiles, and the processor time of the process (server and
    /// clients) per request: what a request costs on a machine that other work shares.</summary>
    internal static string Figures(List<double> latencies, TimeSpan elapsed, TimeSpan cpu)
    {
        latencies.Sort();
        double P(double q) => latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(q * latencies.Count) - 1)];
        return $"{latencies.Count,8} {latencies.Count / elapsed.TotalSeconds,8:F0} {P(0.5),7:F1} {P(0.95),7:F1} " +
            $"{P(0.99),7:F1} {cpu.TotalMilliseconds / latencies.Count,7:F2}";
    }

    /// <summary>The managed heap after a full collection (what is kept), and the process's working set.</summary>
    private static string Memory()
    {
        var heap = GC.GetTotalMemory(forceFullCollection: true) / 1048576.0;
        return $"{heap,8:F0} {Process.GetCurrentProcess().WorkingSet64 / 1048576.0,10:F0}";
    }

    /// <summary>The machine is shared: the one-minute load average says how much the figures are worth.</summary>
    internal static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    /// <summary>Latencies in milliseconds of up to <paramref name="requests"/> requests by
    /// <paramref name="clients"/> clients at once, for at most <paramref name="time"/>.</summary>
    /// <param name="anyAnswer">Whether a page that explains why it has no hits (400: only question words) counts
    /// too, as in a warm-up of queries nobody checked.</param>
    private static List<double> Measure(string address, string[] urls, int clients, int requests, TimeSpan time,
        out TimeSpan elapsed, out TimeSpan cpu, Action? completed = null, bool anyAnswer = false)
    {
        var used = Process.GetCurrentProcess().TotalProcessorTime;
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients })
            { BaseAddress = new Uri(address) };
        var latencies = new List<double>(Math.Min(requests, 1 << 20));
        var next = -1;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < requests && clock.Elapsed < time)
            {
                var start = Stopwatch.GetTimestamp();
                using var response = await http.GetAsync(urls[i % urls.Length]);
                await response.Content.ReadAsByteArrayAsync();
                if (!anyAnswer || (int)response.StatusCode >= 500) response.EnsureSuccessStatusCode();
                var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                lock (latencies) latencies.Add(ms);
                completed?.Invoke();
            }
        })).ToArray();
        Task.WaitAll(workers);
        elapsed = clock.Elapsed;
        cpu = Process.GetCurrentProcess().TotalProcessorTime - used;
        return latencies;
    }
}

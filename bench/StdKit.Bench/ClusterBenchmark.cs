using System.Collections.Concurrent;
using System.Diagnostics;
using Npgsql;
using StdKit.Content.Project;
using StdKit.Model.Documents;
using StdKit.Model.Metadata;
using StdKit.Model.Provisions;
using StdKit.Model.Systems;
using StdKit.Search.Knowledge;
using StdKit.Search.Records;
using StdKit.Indexing.Sources;
using StdKit.Web.Rendering;

namespace StdKit.Bench;

/// <summary>
/// The shared deployment on loopback (issue 17): PostgreSQL as the record and two real <c>stdkit serve</c> processes,
/// each with its own index, over the sample and 100,000 synthetic clauses (--clauses N). Clients (200, --clients N)
/// ask for search and reading pages for a fixed time (60 s, --seconds N) while a writer commits one new standard a
/// second; each node is asked for every write's word until its search shows it, which gives the delay from commit to
/// search. Three runs: steady; one node killed a quarter in and started again at half time; PostgreSQL restarted a
/// sixth in (as root: pg_ctlcluster; --no-restart skips it). A client whose node refuses the connection sends to the
/// other node for five seconds, as a reverse proxy with max_fails does. The server is STDKIT_POSTGRES (default
/// Host=localhost;Username=postgres), where a database stdkit_bench_cluster is made afresh.
/// </summary>
public static class ClusterBenchmark
{
    private const string Database = "stdkit_bench_cluster";
    private const string WriteAgency = "bench-writes";
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan NodeDownFor = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan VisibleWithin = TimeSpan.FromSeconds(60);

    public static void Run(string content, IReadOnlyList<string> options)
    {
        int Option(string name, int fallback) => BenchOptions.Number(options, name, fallback);
        var (clauses, clients, seconds) = (Option("--clauses", 100_000), Option("--clients", 200), Option("--seconds", 60));
        var server = Environment.GetEnvironmentVariable("STDKIT_POSTGRES") is { Length: > 0 } s
            ? s : "Host=localhost;Username=postgres";
        var connection = new NpgsqlConnectionStringBuilder(server) { Database = Database }.ConnectionString;
        var folder = Directory.CreateTempSubdirectory("stdkit-bench-cluster-").FullName;
        var project = ContentProject.Load(Path.GetFullPath(content));
        Admin(server, $"DROP DATABASE IF EXISTS {Database} WITH (FORCE)");
        Admin(server, $"CREATE DATABASE {Database}");
        var clock = Stopwatch.StartNew();
        var (queries, reading, clauseCount) = Fill(project, connection, folder, clauses);
        Console.WriteLine($"cluster: PostgreSQL + 2 nodes, {clauseCount:N0} clauses filled in {clock.Elapsed.TotalSeconds:F0} s, " +
            $"{clients} clients, {Environment.ProcessorCount} cores, load average {ServeBenchmark.LoadAverage()}");
        var urls = queries.Select(q => Links.With("/", ("q", q)))
            .SelectMany((q, i) => new[] { q, reading[i % reading.Length] }).ToArray();
        var nodes = new[] { new Node(1, 5181, connection, folder, project.Root), new Node(2, 5182, connection, folder, project.Root) };
        try
        {
            clock.Restart();
            Parallel.ForEach(nodes, n => n.Start());
            Console.WriteLine($"both nodes answer after {clock.Elapsed.TotalSeconds:F0} s (each built its index from the " +
                $"record); index on disk per node {nodes[0].IndexMegabytes:F0} MB");
            using var writer = new Writer(connection, project.Framework, nodes);
            Console.WriteLine($"{"run",-22} {"requests",8} {"req/s",8} {"p50 ms",7} {"p95 ms",7} {"p99 ms",7} " +
                $"{"cpu ms",7} {"errors",7}  what failed (cpu: the nodes' processor time per request)");
            var steady = TimeSpan.FromSeconds(seconds);
            Measure("steady", nodes, urls, clients, steady, writer, []);
            Measure("node 2 killed", nodes, urls, clients, steady, writer,
            [
                (steady / 4, "node 2 killed", () => nodes[1].Kill()),
                (steady / 2, "node 2 started again and answering", () => nodes[1].Start()),
            ]);
            if (!options.Contains("--no-restart"))
                Measure("PostgreSQL restarted", nodes, urls, clients, steady / 2, writer, [(steady / 6, "PostgreSQL restarted", RestartPostgres)]);
            writer.Report();
        }
        finally
        {
            foreach (var node in nodes) node.Kill();
            NpgsqlConnection.ClearAllPools();
            Admin(server, $"DROP DATABASE IF EXISTS {Database} WITH (FORCE)");
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The sample and the synthetic clauses, filled by this process as <c>stdkit index</c> would.</summary>
    private static (string[] Queries, string[] Reading, long Clauses) Fill(ContentProject project, string connection,
        string folder, int clauses)
    {
        IReadOnlyList<AgencyProfile> systems = project.Library is null ? [] : [project.DefaultAgency];
        var scopes = ContentSources.Read(project, systems).Select(s => new IndexScope(s.Agency, s.Standards.ToList())).ToList();
        var corpus = new SearchBenchmark.Corpus(scopes.SelectMany(s => s.Standards).ToList(), project.Synonyms);
        var all = scopes.Select((s, i) => i == 0 ? s with { Standards = s.Standards.Concat(corpus.Standards(clauses)) } : s);
        var location = KnowledgeBaseLocation.Parse(connection, Path.Combine(folder, "filler.index"));
        using var kb = location.OpenForWriting(_ => { });
        kb.Fill(new FillInput(all.ToList(), project.Framework, systems.Select(p => (p.Id, p.Name)).ToList(),
            project.Synonyms.Pairs));
        kb.Refresh();
        var reading = kb.Standards().Where(s => File.Exists(Path.Combine(project.Root, s.Source)))
            .Select(s => Links.Standard(s.Number)).ToArray();
        return (ServeBenchmark.DistinctQueries(corpus, clauses), reading, kb.ClauseCount());
    }

    private static void RestartPostgres()
    {
        var version = Directory.GetDirectories("/usr/lib/postgresql").Select(Path.GetFileName)
            .OrderBy(v => int.Parse(v!)).Last();
        using var restart = Process.Start("pg_ctlcluster", [version!, "main", "restart"]);
        restart.WaitForExit();
    }

    /// <summary>Clients for a fixed time, the events at their times; prints what was served and what failed.</summary>
    private static void Measure(string name, Node[] nodes, string[] urls, int clients, TimeSpan time, Writer writer,
        IReadOnlyList<(TimeSpan At, string What, Action Act)> events)
    {
        using var http = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = clients, PooledConnectionLifetime = TimeSpan.FromSeconds(30),
            ConnectTimeout = TimeSpan.FromSeconds(5),
        }) { Timeout = RequestTimeout };
        var latencies = new List<double>();
        var failures = new ConcurrentDictionary<string, int>();
        var next = -1;
        writer.Begin(name);
        var processor = nodes.Sum(n => n.ProcessorTime.TotalMilliseconds);
        var clock = Stopwatch.StartNew();
        var happenings = Task.Run(async () =>
        {
            foreach (var (at, what, act) in events)
            {
                if (at > clock.Elapsed) await Task.Delay(at - clock.Elapsed);
                var started = clock.Elapsed;
                act();
                Console.WriteLine($"  {started.TotalSeconds,5:F1} s: {what} " +
                    $"({(clock.Elapsed - started).TotalSeconds:F1} s)");
            }
        });
        var workers = Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            while (clock.Elapsed < time)
            {
                var url = urls[Interlocked.Increment(ref next) % urls.Length];
                var node = nodes[client % nodes.Length].Up ? nodes[client % nodes.Length] : nodes[(client + 1) % nodes.Length];
                var start = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await http.GetAsync(node.Address + url);
                    await response.Content.ReadAsByteArrayAsync();
                    if (!response.IsSuccessStatusCode)
                    {
                        // Searches are served from the index; reading pages need the record.
                        var page = url.StartsWith(Links.Standards, StringComparison.Ordinal) ? "reading" : "search";
                        failures.AddOrUpdate($"node {node.Number} {page} HTTP {(int)response.StatusCode}", 1,
                            (_, n) => n + 1);
                        continue;
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    failures.AddOrUpdate($"node {node.Number} {(e is TaskCanceledException ? "timeout" : "refused")}", 1,
                        (_, n) => n + 1);
                    node.MarkDown();
                    continue;
                }
                var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                lock (latencies) latencies.Add(ms);
            }
        })).ToArray();
        Task.WaitAll(workers);
        happenings.Wait();
        var elapsed = clock.Elapsed;
        var failed = string.Join(", ", failures.OrderBy(f => f.Key).Select(f => $"{f.Key}: {f.Value}"));
        var cpu = TimeSpan.FromMilliseconds(Math.Max(0, nodes.Sum(n => n.ProcessorTime.TotalMilliseconds) - processor));
        Console.WriteLine($"{name,-22} {ServeBenchmark.Figures(latencies, elapsed, cpu)} {failures.Values.Sum(),7}  {failed}");
        writer.End();
    }

    internal static void Admin(string server, string sql)
    {
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false };
        using var connection = new NpgsqlConnection(builder.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    /// <summary>One <c>stdkit serve</c> process with an index folder of its own.</summary>
    private sealed class Node(int number, int port, string connection, string folder, string content)
    {
        private Process? _process;
        private long _downUntil;

        public int Number => number;
        public string Address => $"http://127.0.0.1:{port}";
        public bool Up => Environment.TickCount64 >= Interlocked.Read(ref _downUntil);

        /// <summary>Of the running process: a node killed and started again counts from its new start.</summary>
        public TimeSpan ProcessorTime
        {
            get
            {
                try
                {
                    return _process is { HasExited: false } p ? p.TotalProcessorTime : TimeSpan.Zero;
                }
                catch (InvalidOperationException)
                {
                    return TimeSpan.Zero;
                }
            }
        }

        /// <summary>Every generation folder the node keeps, so the figure is what the node's disk holds.</summary>
        public double IndexMegabytes => new DirectoryInfo(Path.Combine(folder, $"node{number}.index"))
            .EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length) / 1048576.0;

        public void MarkDown() => Interlocked.Exchange(ref _downUntil, Environment.TickCount64 + (long)NodeDownFor.TotalMilliseconds);

        /// <summary>Starts the node and waits until it answers: its index is current with the record then.</summary>
        public void Start()
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "stdkit.dll"), "serve", "--db", connection,
                         "--index", Path.Combine(folder, $"node{number}.index"), "--content", content, "--port", $"{port}" })
                start.ArgumentList.Add(argument);
            _process = Process.Start(start)!;
            _process.OutputDataReceived += (_, _) => { };
            // A node's log of faults: the first few are shown, as what to look at.
            var shown = 0;
            _process.ErrorDataReceived += (_, line) =>
            {
                if (line.Data is { Length: > 0 } text && Interlocked.Increment(ref shown) <= 3)
                    Console.WriteLine($"  node {number} log: {text[..Math.Min(text.Length, 300)]}");
            };
            _process.BeginOutputReadLine();
            _process.BeginErrorReadLine();
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < TimeSpan.FromMinutes(10))
            {
                if (_process.HasExited) throw new InvalidOperationException($"node {number} exited with {_process.ExitCode}");
                try
                {
                    if (http.GetAsync(Address + "/health").GetAwaiter().GetResult().IsSuccessStatusCode) break;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                }
                Thread.Sleep(200);
            }
            Interlocked.Exchange(ref _downUntil, 0);
        }

        public void Kill()
        {
            if (_process is { HasExited: false }) _process.Kill(entireProcessTree: true);
            _process?.WaitForExit();
        }
    }

    /// <summary>
    /// Commits a new standard every second, with a word of its own, and asks each node for that word until its
    /// search shows it: the delay from commit to every node's search.
    /// </summary>
    private sealed class Writer : IDisposable
    {
        private readonly KnowledgeBaseLocation _location;
        private readonly Framework? _framework;
        private readonly Node[] _nodes;
        private readonly List<StandardRecord> _written = [];
        private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(5) };
        private readonly List<(string Run, int Node, double Seconds)> _delays = [];
        private readonly List<Task> _watches = [];
        private CancellationTokenSource _stop = new();
        private Task? _loop;
        private string _run = "";
        private int _failed;

        public Writer(string connection, Framework? framework, Node[] nodes)
        {
            _location = KnowledgeBaseLocation.Parse(connection, Path.Combine(Path.GetTempPath(), "stdkit-bench-writer.index"));
            (_framework, _nodes) = (framework, nodes);
        }

        public void Begin(string run)
        {
            (_run, _stop, _failed) = (run, new CancellationTokenSource(), 0);
            _loop = Task.Run(async () =>
            {
                using var tick = new PeriodicTimer(TimeSpan.FromSeconds(1));
                while (await tick.WaitForNextTickAsync(_stop.Token).AsTask().ContinueWith(t => !t.IsCanceled))
                    Write();
            });
        }

        public void End()
        {
            _stop.Cancel();
            _loop?.Wait();
            Task.WaitAll(_watches.ToArray());
            _watches.Clear();
            var delays = _delays.Where(d => d.Run == _run).ToList();
            foreach (var node in _nodes)
            {
                var seen = delays.Where(d => d.Node == node.Number).Select(d => d.Seconds).Order().ToList();
                var missed = delays.Count(d => d.Node == node.Number && double.IsNaN(d.Seconds));
                seen.RemoveAll(double.IsNaN);
                Console.WriteLine(seen.Count == 0 ? $"  node {node.Number}: no write seen ({missed} not within " +
                    $"{VisibleWithin.TotalSeconds:0} s)" : $"  node {node.Number}: {seen.Count} writes seen in its search, " +
                    $"commit to search p50 {seen[seen.Count / 2]:F1} s, max {seen[^1]:F1} s; {missed} not within " +
                    $"{VisibleWithin.TotalSeconds:0} s");
            }
            if (_failed > 0) Console.WriteLine($"  writes refused by the record meanwhile: {_failed}");
        }

        public void Report() =>
            Console.WriteLine($"writes committed in all: {_written.Count}");

        private void Write()
        {
            var n = _written.Count + 1;
            var word = $"wq{n:D6}x";
            var number = new DocumentNumber("T/WRITE", $"{n:D6}", "2026", $"T/WRITE {n:D6}—2026");
            var text = $"写入检查 {word}：服务记录应保存三年。";
            var standard = new StandardRecord(new StandardOrigin(WriteAgency, $"writes/{n:D6}.md", null, null),
                new StandardMetadata { Type = DocumentType.Group, Number = number, Code = "T/WRITE", Banner = "团体标准",
                    Title = "写入检查" },
                [new ClauseRecord(number.ToString(), "4.1", null, text, ClauseKind.Paragraph, 1, ModalVerbs.Classify(text), [], [], null)],
                []);
            try
            {
                using var kb = _location.OpenForWriting(_ => { });
                kb.Fill(new FillInput([new IndexScope(WriteAgency, [.. _written, standard])], _framework,
                    [(WriteAgency, "写入测试")], []));
            }
            catch (Exception e) when (e is NpgsqlException or StdKit.Model.Diagnostics.UserError)
            {
                _failed++;
                return;
            }
            var committed = Stopwatch.StartNew();
            _written.Add(standard);
            var run = _run;
            lock (_watches)
                _watches.AddRange(_nodes.Select(node => Task.Run(() => Watch(node, word, committed, run))));
        }

        private async Task Watch(Node node, string word, Stopwatch committed, string run)
        {
            while (committed.Elapsed < VisibleWithin)
            {
                try
                {
                    var page = await _http.GetStringAsync(node.Address + Links.With("/", ("q", word)));
                    if (page.Contains(word, StringComparison.Ordinal) && page.Contains("写入检查", StringComparison.Ordinal)
                        && page.Contains("<mark>", StringComparison.Ordinal))
                    {
                        lock (_delays) _delays.Add((run, node.Number, committed.Elapsed.TotalSeconds));
                        return;
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                }
                await Task.Delay(100);
            }
            lock (_delays) _delays.Add((run, node.Number, double.NaN));
        }

        public void Dispose() => _http.Dispose();
    }
}

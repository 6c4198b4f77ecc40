using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using StdKit.Search;
using StdKit.Search.Knowledge;
using StdKit.Web;
using StdKit.Web.Rendering;

namespace StdKit.Bench;

/// <summary>
/// The workbench under load: the real server on loopback, N concurrent HTTP clients, each run bounded in requests
/// and in time. Prints requests per second and latency percentiles for search and reading pages, and the server's
/// memory after each run. Clients and server share the machine, so the figures are a floor.
/// </summary>
public static class ServeBenchmark
{
    private const int MaxRequests = 5000;
    private static readonly TimeSpan MaxTime = TimeSpan.FromSeconds(10);

    private static readonly string[] Queries =
        ["服务", "服务时限", "投诉处理", "应 公开", "GB/T 19001—2016", "4.3", "人员 培训", "保密", "质量 管理", "\"服务承诺\""];

    public static void Run(string content)
    {
        var folder = Directory.CreateTempSubdirectory("stdkit-bench-web-").FullName;
        try
        {
            var database = Path.Combine(folder, "stdkit.db");
            ContentIndexer.Index(content, database, new AgencySelection.Default(), _ => { });
            IReadOnlyList<ListedStandard> standards;
            using (var kb = KnowledgeBase.Open(database)) standards = StandardListing.All(kb);
            using var app = WebServer.Create(new WorkbenchOptions(database, content), b => b.WebHost.UseUrls("http://127.0.0.1:0"));
            app.StartAsync().GetAwaiter().GetResult();
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
            var pages = new (string Kind, string[] Urls)[]
            {
                ("search", Queries.Select(q => Links.With("/", ("q", q))).ToArray()),
                ("standard", standards.Select(s => Links.Standard(s.Number)).ToArray()),
            };
            Console.WriteLine($"workbench on {address}: {standards.Count} standards; each run at most {MaxRequests} requests or {MaxTime.TotalSeconds:0} s");
            Console.WriteLine($"{"page",-9} {"clients",7} {"requests",8} {"req/s",8} {"p50 ms",7} {"p95 ms",7} {"p99 ms",7} {"server MB",9}");
            foreach (var clients in new[] { 1, 10, 50, 200 })
                foreach (var (kind, urls) in pages)
                {
                    Measure(address, urls, 1, 200); // warm: every page read and rendered once
                    var latencies = Measure(address, urls, clients, MaxRequests, out var elapsed);
                    latencies.Sort();
                    double P(double q) => latencies[Math.Min(latencies.Count - 1, (int)(q * latencies.Count))];
                    GC.Collect();
                    var memory = Process.GetCurrentProcess().WorkingSet64 / (1024.0 * 1024);
                    Console.WriteLine($"{kind,-9} {clients,7} {latencies.Count,8} {latencies.Count / elapsed.TotalSeconds,8:F0} {P(0.5),7:F1} {P(0.95),7:F1} {P(0.99),7:F1} {memory,9:F0}");
                }
            app.StopAsync().GetAwaiter().GetResult();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static List<double> Measure(string address, string[] urls, int clients, int requests) =>
        Measure(address, urls, clients, requests, out _);

    /// <summary>Latencies in milliseconds of up to <paramref name="requests"/> requests by <paramref name="clients"/> clients at once.</summary>
    private static List<double> Measure(string address, string[] urls, int clients, int requests, out TimeSpan elapsed)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients }) { BaseAddress = new Uri(address) };
        var latencies = new List<double>(requests);
        var next = -1;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < requests && clock.Elapsed < MaxTime)
            {
                var start = Stopwatch.GetTimestamp();
                using var response = await http.GetAsync(urls[i % urls.Length]);
                await response.Content.ReadAsByteArrayAsync();
                response.EnsureSuccessStatusCode();
                var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                lock (latencies) latencies.Add(ms);
            }
        })).ToArray();
        Task.WaitAll(workers);
        elapsed = clock.Elapsed;
        return latencies;
    }
}

using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using StdKit.Indexing;
using StdKit.Search.Index;
using StdKit.Search.Knowledge;
using StdKit.Tests.Support;
using StdKit.Web;
using StdKit.Web.Rendering;
using Xunit.Abstractions;

namespace StdKit.Tests.Web;

/// <summary>
/// A web node over PostgreSQL follows the record: a fill committed by another process (another node, or
/// <c>stdkit index</c> elsewhere) shows in its searches within seconds, a connection broken under it is made again,
/// and while the record cannot be reached at all its searches are served from its index.
/// </summary>
public sealed class FollowingNodeTests : IAsyncLifetime
{
    private readonly ITestOutputHelper _output;
    private readonly TempContent _content = new();
    private readonly PostgresDatabase _database = new();
    private readonly KnowledgeBaseLocation _writer;
    private WebApplication _node = null!;
    private HttpClient _client = null!;

    public FollowingNodeTests(ITestOutputHelper output)
    {
        _output = output;
        // The writer is another machine as far as the node is concerned: its own index folder and lock.
        _writer = KnowledgeBaseLocation.Parse(_database.ConnectionString,
            Path.Combine(_content.Root, "out", "writer.index"));
        Write("a.md", "T/TEST 001—2025", "服务规范", "服务记录应在服务结束后归档。");
        Fill();
    }

    public async Task InitializeAsync()
    {
        var node = KnowledgeBaseLocation.Parse(_database.ConnectionString, NodeIndex);
        _node = WebServer.Create(new WorkbenchOptions(node, _content.Root), builder => builder.WebHost.UseTestServer());
        await _node.StartAsync();
        _client = _node.GetTestClient();
    }

    private string NodeIndex => Path.Combine(_content.Root, "out", "node.index");

    private void Write(string file, string number, string title, string text) =>
        _content.Write(file, $"---\ntype: group\nnumber: {number}\ntitle: {title}\n---\n# 要求\n\n## 记录\n\n{text}\n");

    private void Fill() => ContentIndexer.Index(_content.Root, _writer, new AgencySelection.Default(), _ => { });

    private Task<(HttpStatusCode Status, string Page)> SearchAsync(string query) =>
        GetAsync(Links.With("/", ("q", query)));

    private async Task<(HttpStatusCode Status, string Page)> GetAsync(string path)
    {
        using var response = await _client.GetAsync(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Searches until the page shows <paramref name="expected"/>; the time it took.</summary>
    private async Task<TimeSpan> UntilFoundAsync(string query, string expected)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(20))
        {
            var (status, page) = await SearchAsync(query);
            if (status == HttpStatusCode.OK && page.Contains(expected, StringComparison.Ordinal)) return watch.Elapsed;
            await Task.Delay(100);
        }
        Assert.Fail($"the node did not show {expected} for {query} within 20 s");
        return default;
    }

    [SkippableFact]
    public async Task A_fill_committed_elsewhere_shows_in_the_nodes_searches_within_seconds()
    {
        Assert.Contains("T/TEST 001—2025", (await SearchAsync("归档")).Page);
        Assert.DoesNotContain("档案移交规范", (await SearchAsync("移交档案室")).Page);

        Write("b.md", "T/TEST 002—2025", "档案移交规范", "档案应移交档案室保存。");
        var committed = Stopwatch.StartNew();
        Fill();
        var delay = await UntilFoundAsync("移交档案室", "档案移交规范");
        _output.WriteLine($"fill committed → shown by the node: {committed.Elapsed.TotalMilliseconds:F0} ms " +
            $"(after the fill returned: {delay.TotalMilliseconds:F0} ms)");
        Assert.Contains("T/TEST 001—2025", (await SearchAsync("归档")).Page);
        // Caught up by the standard that came, not rebuilt: the last rebuild is of the generation the node started at.
        var build = SearchIndex.CurrentBuild(new IndexFolder(NodeIndex))!;
        Assert.Equal(2, build.Generation);
        Assert.Equal(1, build.Rebuilt);
    }

    [SkippableFact]
    public async Task A_node_whose_connections_were_cut_opens_them_again_and_serves_on()
    {
        Assert.Contains("T/TEST 001—2025", (await SearchAsync("归档")).Page);
        // What a restart of the server does to the node's connections, without restarting the server others use.
        _database.Scalar<int>("SELECT count(pg_terminate_backend(pid))::int FROM pg_stat_activity " +
            "WHERE datname = current_database() AND pid <> pg_backend_pid()");
        var (status, page) = await SearchAsync("服务结束");
        Assert.True(status is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable, status.ToString());
        Assert.DoesNotContain("Host=", page);

        var recovered = await UntilFoundAsync("服务结束", "T/TEST 001—2025");
        _output.WriteLine($"connections cut → searches served again: {recovered.TotalMilliseconds:F0} ms");
        Write("b.md", "T/TEST 002—2025", "档案移交规范", "档案应移交档案室保存。");
        Fill();
        await UntilFoundAsync("移交档案室", "档案移交规范");
    }

    [SkippableFact]
    public async Task A_node_whose_record_is_out_of_reach_serves_searches_from_its_index_and_recovers()
    {
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(Links.Standards)).Status);
        // What a stopped server is to the node, without stopping the server others use: no connection is let in.
        var name = _database.Scalar<string>("SELECT current_database()")!;
        PostgresDatabase.Admin($"ALTER DATABASE {name} ALLOW_CONNECTIONS false");
        try
        {
            PostgresDatabase.Admin("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity " +
                $"WHERE datname = '{name}'");
            var (status, page) = await SearchAsync("服务结束");
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Contains("T/TEST 001—2025", page);
            Assert.Contains("服务规范", page);
            var (filtered, filteredPage) = await GetAsync(Links.With("/",
                ("q", "归档"), ("standard", "T/TEST 001")));
            Assert.Equal(HttpStatusCode.OK, filtered);
            Assert.Contains("归档", filteredPage);
            Assert.Equal(HttpStatusCode.OK, (await SearchAsync("没有这个词语")).Status);

            // The term base reads the record; the list of standards was read with the generation.
            Assert.Equal(HttpStatusCode.OK, (await GetAsync(Links.Standards)).Status);
            var (reading, readingPage) = await GetAsync(Links.TermsOf("归档"));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, reading);
            Assert.DoesNotContain("Host=", readingPage);
            Assert.DoesNotContain(name, readingPage);
        }
        finally
        {
            PostgresDatabase.Admin($"ALTER DATABASE {name} ALLOW_CONNECTIONS true");
        }
        var back = Stopwatch.StartNew();
        while (back.Elapsed < TimeSpan.FromSeconds(20) && (await GetAsync(Links.TermsOf("归档"))).Status != HttpStatusCode.OK)
            await Task.Delay(100);
        _output.WriteLine($"record back → reading pages served again: {back.Elapsed.TotalMilliseconds:F0} ms");
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(Links.TermsOf("归档"))).Status);
        Write("b.md", "T/TEST 002—2025", "档案移交规范", "档案应移交档案室保存。");
        Fill();
        await UntilFoundAsync("移交档案室", "档案移交规范");
    }

    public async Task DisposeAsync()
    {
        await _node.StopAsync();
        await _node.DisposeAsync();
        _database.Dispose();
        _content.Dispose();
    }
}

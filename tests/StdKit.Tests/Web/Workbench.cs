using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using StdKit.Indexing;
using StdKit.Search.Knowledge;
using StdKit.Search;
using StdKit.Web;

namespace StdKit.Tests.Web;

/// <summary>
/// The workbench over a knowledge base filled from a content tree: in memory for the route tests, and on a loopback
/// port for the browser.
/// </summary>
public sealed class Workbench : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("stdkit-web-").FullName;
    private readonly List<WebApplication> _apps = [];
    private readonly SemaphoreSlim _gate = new(1);
    private string? _address;

    /// <param name="agencies">The agencies whose systems are indexed; by default the tree's default agency.</param>
    /// <param name="options">Options beyond the knowledge base and content: accounts, sign-in limits.</param>
    public Workbench(string content, AgencySelection? agencies = null,
        Func<WorkbenchOptions, WorkbenchOptions>? options = null)
    {
        Content = content;
        Database = KnowledgeBaseLocation.Parse(Path.Combine(_folder, "stdkit.db"));
        ContentIndexer.Index(content, Database, agencies ?? new AgencySelection.Default(), _ => { });
        Options = (options ?? (o => o))(new WorkbenchOptions(Database, content));
        Server = Start(Options);
        Client = Server.CreateClient();
    }

    /// <summary>The first server in memory, for clients of a test's own (cookies, other handlers).</summary>
    public TestServer Server { get; }

    public string Content { get; }
    public KnowledgeBaseLocation Database { get; }
    public WorkbenchOptions Options { get; }
    public HttpClient Client { get; }

    /// <summary>Another server in memory over the same knowledge base, with other options.</summary>
    public TestServer Start(WorkbenchOptions options)
    {
        var app = WebServer.Create(options, builder => builder.WebHost.UseTestServer());
        app.StartAsync().GetAwaiter().GetResult();
        _apps.Add(app);
        return app.GetTestServer();
    }

    /// <summary>The same workbench served by Kestrel on 127.0.0.1, for a real browser; started once when first
    /// asked.</summary>
    public async Task<string> AddressAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (_address is not null) return _address;
            var app = WebServer.Create(Options, builder =>
                builder.WebHost.UseUrls("http://127.0.0.1:0"));
            await app.StartAsync();
            _apps.Add(app);
            _address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
                .Addresses.Single();
            return _address;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var app in _apps)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
        Directory.Delete(_folder, recursive: true);
    }
}

/// <summary>The sample content of the repository — the drafts and the default agency's system — served once for all web
/// tests.</summary>
public sealed class SampleWorkbench : IAsyncLifetime
{
    public Workbench Workbench { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Workbench = new Workbench(Support.Repository.Content);
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => Workbench.DisposeAsync().AsTask();
}

[CollectionDefinition(Name)]
public sealed class SampleWorkbenchCollection : ICollectionFixture<SampleWorkbench>
{
    public const string Name = "sample workbench";
}

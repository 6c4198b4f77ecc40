using StdKit.Model.Diagnostics;
using StdKit.Search;
using StdKit.Search.Knowledge;

namespace StdKit.Web.Library;

/// <summary>
/// The knowledge base and its search index, opened once and kept warm for the life of the server, at one generation
/// (<see cref="ServedGeneration"/>). Over PostgreSQL the node follows the record: when another process commits a fill
/// it brings its own index up to date and swaps in readers of the new generation, while requests in flight finish on
/// the old one; when the connection to the record breaks it opens the readers again once the server answers.
/// Searches read only the generation's index and what it read of the record when opened, so they are answered while
/// the record cannot be reached; pages that read the record answer 503 meanwhile.
/// </summary>
public sealed class KnowledgeBaseAccess : IDisposable
{
    /// <summary>How long a lost notification or a dropped connection delays a change at most.</summary>
    public static readonly TimeSpan Poll = TimeSpan.FromSeconds(3);

    private readonly KnowledgeBaseLocation _location;
    private readonly Lock _catchingUp = new();
    private readonly IDisposable? _watch;
    private volatile ServedGeneration _served;
    private volatile bool _broken;
    private readonly SemaphoreSlim _searching = new(Environment.ProcessorCount);

    public KnowledgeBaseAccess(KnowledgeBaseLocation database)
    {
        _location = database;
        _served = ServedGeneration.Open(database);
        _watch = database.Follow(CatchUp, Poll);
    }

    /// <summary>The version of the knowledge base served: each <c>stdkit index</c> that changes it counts up.</summary>
    public long Generation => _served.Generation;

    /// <summary>The layers of the framework, for the search filters.</summary>
    public IReadOnlyList<string> Layers => _served.Layers;

    /// <summary>The agencies whose systems were indexed: id and name.</summary>
    public IReadOnlyList<(string Id, string Name)> Agencies => _served.Agencies;

    /// <summary>Every standard of the knowledge base, with its agency and stage: what access is decided on.</summary>
    public IReadOnlyList<ListedStandard> Standards => _served.Standards;

    /// <summary>The standard of that number as printed (the tree's own before an agency's, should both hold
    /// it).</summary>
    public ListedStandard? Standard(string number) => Standards.FirstOrDefault(s => s.Number == number);

    /// <summary>Searches at once, on the calling thread: for work that runs many searches in one request.</summary>
    public SearchResult Search(SearchRequest request) => Use(served => served.Search.Run(request));

    /// <summary>
    /// A request's search, run when a core is free for it; until then the request waits without holding a thread.
    /// More searches at once than cores only take turns on them, and contend for the index files they read.
    /// </summary>
    public async Task<SearchResult> SearchAsync(SearchRequest request)
    {
        await _searching.WaitAsync();
        try
        {
            return Search(request);
        }
        finally
        {
            _searching.Release();
        }
    }

    public T Read<T>(Func<IKnowledgeBase, T> read) => Use(served => served.Read(read));

    private T Use<T>(Func<ServedGeneration, T> work)
    {
        while (true)
        {
            var served = _served;
            if (!served.TryEnter()) continue; // swapped out meanwhile: take the newer one
            try
            {
                return work(served);
            }
            catch (UserError e) when (e.Kind == FailureKind.Environment && _watch is not null)
            {
                // The record cannot be reached: its readers are opened again when it answers.
                _broken = true;
                throw;
            }
            finally
            {
                served.Exit();
            }
        }
    }

    /// <summary>
    /// Called with the record's generation, on the thread that follows it: a new generation (or a broken connection)
    /// is opened, its index brought up to date, and swapped in.
    /// </summary>
    private void CatchUp(long generation)
    {
        lock (_catchingUp)
        {
            if (generation == _served.Generation && !_broken) return;
            _broken = false;
            var previous = _served;
            _served = ServedGeneration.Open(_location);
            previous.Retire();
        }
    }

    public void Dispose()
    {
        _watch?.Dispose();
        _served.Retire();
        _searching.Dispose();
    }
}

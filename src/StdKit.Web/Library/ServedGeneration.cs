using System.Collections.Concurrent;
using StdKit.Search;
using StdKit.Search.Index;
using StdKit.Search.Knowledge;

namespace StdKit.Web.Library;

/// <summary>
/// One generation of the knowledge base as served: its search and a few readers of the record. A search reads only
/// the index and what the search read of the record when opened, so searches run side by side without waiting for
/// anything. A reader is one connection with prepared statements, so a request that reads the record takes one of
/// them — one per core, all at the same generation — and gives it back. Retired when a newer generation is swapped
/// in, and closed when the last request using it is done.
/// </summary>
internal sealed class ServedGeneration : IDisposable
{
    private const int MaxAttempts = 3;

    private readonly SearchIndex _index;
    private readonly List<IKnowledgeBase> _readers = [];
    private readonly BlockingCollection<IKnowledgeBase> _idle = new();
    private int _users;
    private int _retired;
    private int _disposed;

    private ServedGeneration(IKnowledgeBase first)
    {
        _index = SearchIndex.Open(first, _ => { });
        Search = new ClauseSearch(first, _index);
        Add(first);
        (Generation, Layers, Agencies, Standards) =
            (first.Generation, first.Layers(), first.Agencies(), first.Standards());
    }

    public long Generation { get; }

    /// <summary>The search of this generation, safe to run from any number of requests at once.</summary>
    public ClauseSearch Search { get; }

    public IReadOnlyList<string> Layers { get; }
    public IReadOnlyList<(string Id, string Name)> Agencies { get; }

    /// <summary>Every standard of this generation, with its agency and stage: what access is decided on.</summary>
    public IReadOnlyList<ListedStandard> Standards { get; }

    /// <summary>Opens the latest generation, building the search index from it when it is not up to date.</summary>
    public static ServedGeneration Open(KnowledgeBaseLocation location)
    {
        var first = location.Open();
        ServedGeneration? served = null;
        try
        {
            served = new ServedGeneration(first);
            served.OpenMore(location, Math.Clamp(Environment.ProcessorCount, 2, 8) - 1);
            return served;
        }
        catch
        {
            if (served is null) first.Dispose();
            served?.Dispose();
            throw;
        }
    }

    /// <summary>Readers of the generation the first one holds; one that meets a newer fill is not kept.</summary>
    private void OpenMore(KnowledgeBaseLocation location, int count)
    {
        for (var attempt = 0; attempt < MaxAttempts * count && _readers.Count <= count; attempt++)
        {
            var kb = location.Open();
            if (kb.Generation == Generation) Add(kb);
            else kb.Dispose();
        }
    }

    private void Add(IKnowledgeBase kb)
    {
        _readers.Add(kb);
        _idle.Add(kb);
    }

    /// <summary>Counts a request in; false once retired, when the caller takes the newer generation.</summary>
    public bool TryEnter()
    {
        Interlocked.Increment(ref _users);
        if (Volatile.Read(ref _retired) == 0) return true;
        Exit();
        return false;
    }

    public void Exit()
    {
        if (Interlocked.Decrement(ref _users) == 0 && Volatile.Read(ref _retired) == 1) Dispose();
    }

    /// <summary>Reads the record with a reader of its own, waiting for one to be free.</summary>
    public T Read<T>(Func<IKnowledgeBase, T> work)
    {
        var reader = _idle.Take();
        try
        {
            return work(reader);
        }
        finally
        {
            _idle.Add(reader);
        }
    }

    /// <summary>No new request comes in; the generation is closed once those in flight are done.</summary>
    public void Retire()
    {
        Volatile.Write(ref _retired, 1);
        if (Volatile.Read(ref _users) == 0) Dispose();
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        _index.Dispose();
        foreach (var reader in _readers) reader.Dispose();
        _idle.Dispose();
    }
}

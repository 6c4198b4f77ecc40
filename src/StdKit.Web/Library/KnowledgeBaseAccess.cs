using System.Collections.Concurrent;
using StdKit.Search;
using StdKit.Search.Index;
using StdKit.Search.Knowledge;

namespace StdKit.Web.Library;

/// <summary>
/// The knowledge base and its search index, opened once and kept warm for the life of the server. A knowledge base
/// reader is one SQLite connection with prepared statements, so a request takes one of a few readers — one per core,
/// all at the same generation — and gives it back; the Lucene index is shared, as it is safe to search side by side.
/// </summary>
public sealed class KnowledgeBaseAccess : IDisposable
{
    private const int MaxAttempts = 3;

    private readonly SearchIndex _index;
    private readonly List<Reader> _readers = [];
    private readonly BlockingCollection<Reader> _idle = new();

    public KnowledgeBaseAccess(string database)
    {
        var first = KnowledgeBase.Open(database);
        try
        {
            _index = SearchIndex.Open(first, SearchIndex.FolderFor(database), _ => { });
            Add(first);
            Generation = first.Generation;
            Layers = first.Layers();
            Agencies = first.Agencies();
            Standards = StandardListing.All(first);
            OpenMore(database, Math.Clamp(Environment.ProcessorCount, 2, 8) - 1);
        }
        catch
        {
            if (_readers.Count == 0) first.Dispose();
            Dispose();
            throw;
        }
    }

    /// <summary>The version of the knowledge base served: each <c>stdkit index</c> that changes it counts up.</summary>
    public long Generation { get; }

    /// <summary>The layers of the framework, for the search filters.</summary>
    public IReadOnlyList<string> Layers { get; }

    /// <summary>The agencies whose systems were indexed: id and name.</summary>
    public IReadOnlyList<(string Id, string Name)> Agencies { get; }

    /// <summary>Every standard of the knowledge base, with its agency and stage: what access is decided on.</summary>
    public IReadOnlyList<ListedStandard> Standards { get; }

    /// <summary>The standard of that number as printed (the tree's own before an agency's, should both hold
    /// it).</summary>
    public ListedStandard? Standard(string number) => Standards.FirstOrDefault(s => s.Number == number);

    public SearchResult Search(SearchRequest request) => Use(reader => reader.Search.Run(request));

    public T Read<T>(Func<KnowledgeBase, T> read) => Use(reader => read(reader.Kb));

    private T Use<T>(Func<Reader, T> work)
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

    /// <summary>Readers of the generation the first one holds; one that meets a newer fill is not kept.</summary>
    private void OpenMore(string database, int count)
    {
        for (var attempt = 0; attempt < MaxAttempts * count && _readers.Count <= count; attempt++)
        {
            var kb = KnowledgeBase.Open(database);
            if (kb.Generation == Generation) Add(kb);
            else kb.Dispose();
        }
    }

    private void Add(KnowledgeBase kb)
    {
        var reader = new Reader(kb, new ClauseSearch(kb, _index));
        _readers.Add(reader);
        _idle.Add(reader);
    }

    public void Dispose()
    {
        _index?.Dispose();
        foreach (var reader in _readers) reader.Kb.Dispose();
        _idle.Dispose();
    }

    private sealed record Reader(KnowledgeBase Kb, ClauseSearch Search);
}

using StdKit.Search;
using StdKit.Search.Index;
using StdKit.Search.Knowledge;

namespace StdKit.Web.Library;

/// <summary>
/// The knowledge base and its search index, opened once and kept warm for the life of the server. The knowledge base
/// is one SQLite connection with prepared statements, so requests take turns reading it.
/// </summary>
public sealed class KnowledgeBaseAccess : IDisposable
{
    private readonly Lock _gate = new();
    private readonly KnowledgeBase _kb;
    private readonly SearchIndex _index;
    private readonly ClauseSearch _search;

    public KnowledgeBaseAccess(string database)
    {
        _kb = KnowledgeBase.Open(database);
        try
        {
            _index = SearchIndex.Open(_kb, SearchIndex.FolderFor(database), _ => { });
            _search = new ClauseSearch(_kb, _index);
            Generation = _kb.Generation;
            Layers = _kb.Layers();
            Agencies = _kb.Agencies();
        }
        catch
        {
            _kb.Dispose();
            throw;
        }
    }

    /// <summary>The version of the knowledge base served: each <c>stdkit index</c> that changes it counts up.</summary>
    public long Generation { get; }

    /// <summary>The layers of the framework, for the search filters.</summary>
    public IReadOnlyList<string> Layers { get; }

    /// <summary>The agencies whose systems were indexed: id and name.</summary>
    public IReadOnlyList<(string Id, string Name)> Agencies { get; }

    public SearchResult Search(SearchRequest request)
    {
        lock (_gate) return _search.Run(request);
    }

    public T Read<T>(Func<KnowledgeBase, T> read)
    {
        lock (_gate) return read(_kb);
    }

    public void Dispose()
    {
        _index.Dispose();
        _kb.Dispose();
    }
}

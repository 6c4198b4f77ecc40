using Lucene.Net.Index;
using Lucene.Net.Search;

namespace StdKit.Search.Index;

/// <summary>Whether a query matches anything at all: the search of a segment stops at its first match,
/// unscored.</summary>
public sealed class FirstMatch : ICollector
{
    private bool _found;

    public static bool Exists(IndexSearcher searcher, Lucene.Net.Search.Query query, Filter? filter)
    {
        var first = new FirstMatch();
        searcher.Search(query, filter, first);
        return first._found;
    }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        if (_found) throw new CollectionTerminatedException();
    }

    public void Collect(int doc)
    {
        _found = true;
        throw new CollectionTerminatedException();
    }
}

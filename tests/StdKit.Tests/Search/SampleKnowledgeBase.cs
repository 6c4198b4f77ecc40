using StdKit.Indexing;
using StdKit.Search;
using StdKit.Search.Index;
using StdKit.Search.Knowledge;
using StdKit.Tests.Support;

namespace StdKit.Tests.Search;

/// <summary>The sample content (drafts and the three sample agencies' systems from the library) indexed once per test class.</summary>
public sealed class SampleKnowledgeBase : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("stdkit-kb-").FullName;

    public SampleKnowledgeBase()
    {
        var database = KnowledgeBaseLocation.Parse(Path.Combine(_folder, "stdkit.db"));
        ContentIndexer.Index(Repository.Content, database, new AgencySelection.All(), _ => { });
        KnowledgeBase = database.Open();
        Index = SearchIndex.Open(KnowledgeBase, _ => { });
        Search = new ClauseSearch(KnowledgeBase, Index);
    }

    public IKnowledgeBase KnowledgeBase { get; }
    public SearchIndex Index { get; }
    public ClauseSearch Search { get; }

    public void Dispose()
    {
        Index.Dispose();
        KnowledgeBase.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}

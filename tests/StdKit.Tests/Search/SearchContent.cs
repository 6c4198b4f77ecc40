using StdKit.Search;
using StdKit.Search.Index;
using StdKit.Search.Knowledge;
using StdKit.Tests.Support;

namespace StdKit.Tests.Search;

/// <summary>
/// A temporary content tree with a knowledge base beside it: tests write standards, fill the knowledge base as
/// <c>stdkit index</c> does, and search it with the real SQLite file and Lucene index.
/// </summary>
public abstract class SearchContent : ContentTest
{
    protected string Database => Path.Combine(Content.Root, "out", "kb", "stdkit.db");
    protected string IndexFolder => SearchIndex.FolderFor(Database);
    protected List<string> Messages { get; } = [];

    /// <summary>Writes a standard with its own number and title.</summary>
    protected string WriteStandard(string name, string number, string title, string body, string extraFrontMatter = "") =>
        Content.Write(name, $"---\ntype: group\nnumber: {number}\ntitle: {title}\n{extraFrontMatter}---\n{body}");

    protected FillResult Index() => ContentIndexer.Index(Content.Root, Database, new AgencySelection.Default(), Messages.Add);

    protected SearchResult Search(SearchRequest request)
    {
        using var kb = KnowledgeBase.Open(Database);
        using var index = SearchIndex.Open(kb, IndexFolder, Messages.Add);
        return new ClauseSearch(kb, index).Run(request);
    }

    protected SearchResult Search(string text) => Search(new SearchRequest(text));

    protected IReadOnlyList<string> Numbers(string text) => Search(text).Hits.Select(h => h.Clause).ToList();
}

using Microsoft.Data.Sqlite;
using StdKit.Indexing;
using StdKit.Search;
using StdKit.Search.Index;
using StdKit.Search.Knowledge;
using StdKit.Tests.Support;

namespace StdKit.Tests.Search;

/// <summary>
/// A temporary content tree with a knowledge base: tests write standards, fill the knowledge base as
/// <c>stdkit index</c> does, and search it with a real Lucene index and a real store — an SQLite file beside the
/// tree, or a database of its own on the PostgreSQL test server (<see cref="PostgresDatabase"/>).
/// </summary>
public abstract class SearchContent : ContentTest
{
    private readonly PostgresDatabase? _postgres;

    protected SearchContent(StoreKind store = StoreKind.Sqlite)
    {
        if (store == StoreKind.Postgres) _postgres = new PostgresDatabase();
        Location = _postgres is null ? KnowledgeBaseLocation.Parse(Database)
            : KnowledgeBaseLocation.Parse(_postgres.ConnectionString,
                Path.Combine(Content.Root, "out", "kb", "pg.index"));
    }

    /// <summary>The SQLite file, where the store is SQLite.</summary>
    protected string Database => Path.Combine(Content.Root, "out", "kb", "stdkit.db");
    protected KnowledgeBaseLocation Location { get; }
    protected string IndexFolder => Location.IndexFolder;
    protected List<string> Messages { get; } = [];

    /// <summary>Writes a standard with its own number and title.</summary>
    protected string WriteStandard(string name, string number, string title, string body, string extraFrontMatter = "") =>
        Content.Write(name, $"---\ntype: group\nnumber: {number}\ntitle: {title}\n{extraFrontMatter}---\n{body}");

    protected FillResult Index() =>
        ContentIndexer.Index(Content.Root, Location, new AgencySelection.Default(), Messages.Add);

    protected SearchResult Search(SearchRequest request)
    {
        using var kb = Location.Open();
        using var index = SearchIndex.Open(kb, Messages.Add);
        return new ClauseSearch(kb, index).Run(request);
    }

    protected SearchResult Search(string text) => Search(new SearchRequest(text));

    protected IReadOnlyList<string> Numbers(string text) => Search(text).Hits.Select(h => h.Clause).ToList();

    /// <summary>A value read from the store outside StdKit, in SQL both accept.</summary>
    protected T Scalar<T>(string sql)
    {
        if (_postgres is not null) return _postgres.Scalar<T>(sql)!;
        using var connection = new SqliteConnection($"Data Source={Database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)Convert.ChangeType(command.ExecuteScalar()!, typeof(T));
    }

    /// <summary>No knowledge base and no index, as before the first stdkit index.</summary>
    protected void StartAfresh()
    {
        _postgres?.Clear();
        Directory.Delete(Path.Combine(Content.Root, "out"), recursive: true);
    }

    public override void Dispose()
    {
        _postgres?.Dispose();
        base.Dispose();
    }
}

using StdKit.Indexing;
using StdKit.Model.Diagnostics;
using StdKit.Search.Knowledge;
using StdKit.Tests.Support;

namespace StdKit.Tests.Search;

/// <summary>How --db is read, and a server that does not answer: no server needed.</summary>
public sealed class PostgresLocationTests : ContentTest
{
    [Fact]
    public void A_path_is_an_SQLite_file_with_its_index_beside_it()
    {
        var location = KnowledgeBaseLocation.Parse(Path.Combine("out", "kb", "stdkit.db"));
        Assert.Equal(StoreKind.Sqlite, location.Kind);
        Assert.Equal(Path.GetFullPath(Path.Combine("out", "kb", "stdkit.index")), location.IndexFolder);
    }

    [Fact]
    public void A_connection_string_is_PostgreSQL_with_an_index_per_node_named_after_host_and_database()
    {
        var location = KnowledgeBaseLocation.Parse("Host=db.example;Database=stdkit;Username=kb;Password=secret");
        Assert.Equal(StoreKind.Postgres, location.Kind);
        Assert.Equal("PostgreSQL db.example:5432/stdkit", location.Display);
        Assert.Equal(Path.GetFullPath(Path.Combine("out", "kb", "db.example-stdkit.index")), location.IndexFolder);
        Assert.Equal("/tmp/node.index",
            KnowledgeBaseLocation.Parse("host=db;Database=x", "/tmp/node.index").IndexFolder);
    }

    [Fact]
    public void A_malformed_connection_string_is_the_users_mistake()
    {
        var e = Assert.Throws<UserError>(() => KnowledgeBaseLocation.Parse("Host=db;Colour=blue"));
        Assert.Equal(FailureKind.Input, e.Kind);
        Assert.Contains("not a PostgreSQL connection string", e.Message);
    }

    [Fact]
    public void A_server_that_is_down_is_the_machines_problem_and_nothing_is_written()
    {
        Content.Write("a.md", TempContent.FrontMatter + "# 范围\n\n本文件规定了记录。\n");
        var down = KnowledgeBaseLocation.Parse("Host=127.0.0.1;Port=9;Database=stdkit;Username=stdkit;Timeout=3",
            Path.Combine(Content.Root, "out", "pg.index"));

        var e = Assert.Throws<UserError>(() =>
            ContentIndexer.Index(Content.Root, down, new AgencySelection.Default(), _ => { }));
        Assert.Equal(FailureKind.Environment, e.Kind);
        Assert.Equal("cannot reach PostgreSQL at 127.0.0.1:9 — start it or check --db", e.Message);
        Assert.False(Directory.Exists(down.IndexFolder));
        Assert.Throws<UserError>(down.Open);
    }
}

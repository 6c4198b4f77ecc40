using StdKit.Search.Knowledge;
using StdKit.Search.Index;
using StdKit.Tests.Support;

namespace StdKit.Tests.Search;

/// <summary>
/// Many stdkit processes on one knowledge base at the same time, as on a shared drive or under a script: the real
/// executable on a copy of the repository's content. One of them fills or builds; the others wait for it and read
/// what it made; none fails.
/// </summary>
public sealed partial class ConcurrencyTests : IDisposable
{
    private const int Searches = 16;
    private const int AtATime = 8;

    private readonly string _root = Directory.CreateTempSubdirectory("stdkit-concurrent-").FullName;

    public ConcurrencyTests()
    {
        foreach (var file in Directory.EnumerateFiles(Repository.Content, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(_root, Path.GetRelativePath(Repository.Content, file));
            if (copy.Contains($"{Path.DirectorySeparatorChar}out{Path.DirectorySeparatorChar}", StringComparison.Ordinal)) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [System.Text.RegularExpressions.GeneratedRegex(@"新增 (\d+) 个标准，更新 0 个，未变 (\d+) 个")]
    private static partial System.Text.RegularExpressions.Regex Counts();

    private string IndexFolder =>
        KnowledgeBaseLocation.Parse(Path.Combine(_root, "out", "kb", "stdkit.db")).IndexFolder;

    private StdKitProcess.Result Run(params string[] args) => StdKitProcess.Run(_root, args);

    private List<StdKitProcess.Result> RunMany(int count, int atATime, params string[] args)
    {
        var results = new StdKitProcess.Result[count];
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = atATime }, i => results[i] = Run(args));
        return [.. results];
    }

    private static void AssertAllAnswered(IReadOnlyList<StdKitProcess.Result> results)
    {
        Assert.All(results, r => Assert.True(r.ExitCode == 0, $"exit code {r.ExitCode}: {r.Error}"));
        Assert.Single(results.Select(r => r.Out).Distinct());
    }

    private static int Saying(IEnumerable<StdKitProcess.Result> results, string message) => results.Count(r => r.Error.Contains(message));

    private void AssertIndexUsable()
    {
        var current = new IndexFolder(IndexFolder).Current;
        Assert.NotNull(current);
        Assert.Equal([current], Directory.EnumerateDirectories(IndexFolder));
        var search = Run("search", "服务记录");
        Assert.Equal((0, ""), (search.ExitCode, search.Error));
    }

    [Fact]
    public void Searches_with_the_index_missing_build_it_once()
    {
        Assert.Equal(0, Run("index").ExitCode);
        Directory.Delete(IndexFolder, recursive: true);

        var results = RunMany(Searches, AtATime, "search", "服务记录", "--json");

        AssertAllAnswered(results);
        Assert.Equal(1, Saying(results, "no search index yet: building it"));
        AssertIndexUsable();
    }

    [Fact]
    public void Searches_on_a_fresh_checkout_fill_the_knowledge_base_once()
    {
        var results = RunMany(4, 4, "search", "服务记录", "--json");

        AssertAllAnswered(results);
        Assert.Equal(1, Saying(results, "is missing or outdated: indexing"));
        AssertIndexUsable();
    }

    [Fact]
    public async Task Searches_while_index_runs_answer_from_the_generation_before_or_after_it()
    {
        Assert.Equal(0, Run("index").ExitCode);
        var drafts = Directory.EnumerateFiles(Path.Combine(_root, "drafts"), "*.md").Order(StringComparer.Ordinal).ToList();
        foreach (var draft in drafts) File.Delete(draft);
        var indexing = Task.Run(() => Run("index"));
        var results = RunMany(Searches / 2, AtATime / 2, "search", "服务记录", "--top", "3");

        Assert.Equal(0, (await indexing).ExitCode);
        Assert.All(results, r => Assert.True(r.ExitCode == 0, $"exit code {r.ExitCode}: {r.Error}"));
        Assert.Equal(0, Saying(results, "no search index yet") + Saying(results, "rebuilding it"));
        AssertIndexUsable();
    }

    [Fact]
    public void Two_index_runs_on_a_fresh_knowledge_base_take_turns()
    {
        var both = RunMany(2, 2, "index");

        Assert.All(both, r => Assert.True(r.ExitCode == 0, $"exit code {r.ExitCode}: {r.Error}"));
        // The one that waited finds filled what the other filled.
        var counts = both.Select(r => Counts().Match(r.Out)).Select(m => (Added: int.Parse(m.Groups[1].Value), Unchanged: int.Parse(m.Groups[2].Value)))
            .OrderBy(c => c.Added).ToList();
        Assert.True(counts[1].Added > 0);
        Assert.Equal([(0, counts[1].Added), (counts[1].Added, 0)], counts);
        AssertIndexUsable();
    }
}

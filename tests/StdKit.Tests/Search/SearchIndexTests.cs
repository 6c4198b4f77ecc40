using StdKit.Search;
using StdKit.Search.Index;
using StdKit.Search.Knowledge;
using StdKit.Indexing.Sources;
using StdKit.Content.Project;

namespace StdKit.Tests.Search;

/// <summary>The search index as a cache of either store.</summary>
public abstract class SearchIndexTests : SearchContent
{
    private const string Body = "# 要求\n\n## 记录\n\n服务记录应在服务结束后归档。\n\n## 档案\n\n档案保存期不少于3年。\n";

    private string Current => new IndexFolder(IndexFolder).Current!;

    protected SearchIndexTests(StoreKind store) : base(store)
    {
        WriteStandard("a.md", "T/TEST 001—2025", "服务规范", Body);
        Index();
    }

    [SkippableFact]
    public void A_missing_index_is_rebuilt_from_the_knowledge_base_with_a_message()
    {
        Directory.Delete(IndexFolder, recursive: true);
        Assert.Equal(["1.1"], Numbers("归档"));
        Assert.Contains("no search index yet: building it from the knowledge base", Messages);
    }

    [SkippableFact]
    public void A_corrupt_index_is_rebuilt_with_a_message()
    {
        foreach (var file in Directory.EnumerateFiles(Current)) File.WriteAllText(file, "damaged");
        Assert.Equal(["1.1"], Numbers("归档"));
        Assert.Contains(Messages, m => m.StartsWith("the search index cannot be read", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void An_index_behind_the_knowledge_base_is_rebuilt_into_a_new_folder_and_swapped_in()
    {
        var before = Current;
        // Fill the knowledge base without touching the index, as if stdkit index had stopped between the two.
        WriteStandard("a.md", "T/TEST 001—2025", "服务规范", Body.Replace("归档", "移交档案室"));
        using (var kb = Location.OpenForWriting(Messages.Add))
            kb.Fill(new FillInput(ContentSources.Read(ContentProject.Load(Content.Root), []), null, [], []));

        Assert.Equal("1.1", Numbers("移交档案室")[0]);
        Assert.Empty(Numbers("归档"));
        Assert.Contains("the search index is older than the knowledge base: rebuilding it", Messages);
        Assert.NotEqual(before, Current);
        Assert.False(Directory.Exists(before));
    }

    [SkippableFact]
    public void Index_swaps_in_a_new_generation_after_a_change_and_keeps_the_current_one_when_nothing_changed()
    {
        var before = Current;
        Index();
        Assert.Equal(before, Current);

        WriteStandard("a.md", "T/TEST 001—2025", "服务规范", Body.Replace("归档", "移交档案室"));
        Index();
        Assert.NotEqual(before, Current);
        Assert.False(Directory.Exists(before));
        Assert.Equal("1.1", Numbers("移交档案室")[0]);
        Assert.Empty(Numbers("归档"));
        Assert.Empty(Messages);
    }

    [SkippableFact]
    public void Clauses_of_equal_score_rank_the_same_whatever_order_the_knowledge_base_was_filled_in()
    {
        const string Same = "# 要求\n\n## 台账\n\n台账应每月核对。\n";
        // b first, then a: the rows of b come before those of a.
        File.Delete(Path.Combine(Content.Root, "a.md"));
        StartAfresh();
        WriteStandard("b.md", "T/TEST 002—2025", "台账规范", Same);
        Index();
        WriteStandard("a.md", "T/TEST 001—2025", "服务规范", Same);
        Index();
        var filledOneByOne = Search("台账").Hits.Select(h => h.Standard).ToList();

        StartAfresh();
        Index();
        var filledAtOnce = Search("台账").Hits.Select(h => h.Standard).ToList();

        Assert.Equal(["T/TEST 001—2025", "T/TEST 002—2025"], filledAtOnce);
        Assert.Equal(filledAtOnce, filledOneByOne);
    }

    [SkippableTheory]
    [InlineData("_*.nvd")]
    [InlineData("_*_Lucene41_0.doc")]
    [InlineData("_*_Lucene45_0.dvd")]
    [InlineData(ChampionLists.FileName)]
    public void A_damaged_file_is_found_when_searching_and_by_index_even_when_nothing_changed(string pattern)
    {
        // Lists for every term, so that the index has a champion list file with something in it.
        using (var directory = new Lucene.Net.Store.SimpleFSDirectory(Current)) ChampionLists.Write(directory, minDocFreq: 1);
        Damage(pattern);
        Assert.Equal(["1.1"], Numbers("归档"));
        Assert.Contains(Messages, m => m.StartsWith("the search index cannot be read", StringComparison.Ordinal));

        Messages.Clear();
        var before = Current;
        Damage(pattern);
        Assert.False(Index().ChangedAnything);
        Assert.Contains(Messages, m => m.StartsWith("the search index is damaged", StringComparison.Ordinal));
        Assert.NotEqual(before, Current);
        Messages.Clear();
        Assert.Equal(["1.1"], Numbers("归档"));
        Assert.Empty(Messages);
    }

    /// <summary>Cuts the file to half its length, as a full disk or a copy stopped halfway does; the champion lists to nothing.</summary>
    private void Damage(string pattern)
    {
        var file = Directory.EnumerateFiles(Current, pattern).Single();
        using var stream = new FileStream(file, FileMode.Open);
        stream.SetLength(pattern == ChampionLists.FileName ? 0 : stream.Length / 2);
    }

    [SkippableFact]
    public void Clauses_of_equal_score_rank_in_the_order_of_the_content_after_every_rebuild()
    {
        WriteStandard("b.md", "T/TEST 002—2025", "台账规范", "# 要求\n\n" + string.Concat(Enumerable.Range(1, 30).Select(_ => "##\n台账应每月核对。\n\n")));
        Index();
        var expected = Enumerable.Range(1, 30).Select(i => $"1.{i}").ToList();
        Assert.Equal(expected, Search(new SearchRequest("台账", Top: 30)).Hits.Select(h => h.Clause));

        Directory.Delete(IndexFolder, recursive: true);
        Assert.Equal(expected, Search(new SearchRequest("台账", Top: 30)).Hits.Select(h => h.Clause));
    }

    public sealed class Sqlite() : SearchIndexTests(StoreKind.Sqlite);

    public sealed class Postgres() : SearchIndexTests(StoreKind.Postgres);
}

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
        FillOnly();

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

    /// <summary>
    /// Ten standards beside a.md: one of them changed, removed or added is under a fifth of the documents, so the
    /// index catches up rather than being rebuilt.
    /// </summary>
    private void WriteShelf()
    {
        for (var i = 1; i <= 10; i++)
            WriteStandard($"s{i:D2}.md", $"T/SHELF {i:D3}—2025", $"台账规范{i}", Shelf(i, $"第{i}册台账应每月核对。"));
        Index();
    }

    private static string Shelf(int i, string own) =>
        $"# 要求\n\n## 台账\n\n{own}\n\n## 留存\n\n台账应由专人留存。\n\n## 编号\n\n台账编号为SH{i:D3}。\n";

    private IndexBuild Build => SearchIndex.CurrentBuild(new IndexFolder(IndexFolder))!;

    /// <summary>The generation in use was caught up after its last rebuild, not rebuilt.</summary>
    private void AssertCaughtUp()
    {
        var build = Build;
        Assert.True(build.Rebuilt < build.Generation, $"rebuilt at {build.Rebuilt}, generation {build.Generation}");
    }

    private IReadOnlyList<string> Texts(string query) =>
        Search(new SearchRequest(query, Top: 50)).Hits.Select(h => h.Text).ToList();

    private IReadOnlyList<FacetCount> StandardFacets(string query) => Search(query).Facets.Standards;

    [SkippableFact]
    public void Index_catches_up_with_a_changed_standard_whose_new_text_is_found_and_old_text_not()
    {
        WriteShelf();
        var before = Current;
        WriteStandard("s04.md", "T/SHELF 004—2025", "台账规范4", Shelf(4, "第4册台账应每季度盘点。"));
        Index();

        AssertCaughtUp();
        Assert.NotEqual(before, Current);
        Assert.False(Directory.Exists(before));
        Assert.Contains("第4册台账应每季度盘点。", Texts("每季度盘点"));
        Assert.DoesNotContain("第4册台账应每月核对。", Texts("每月核对"));
        // Its clauses are in once: those unchanged were deleted with the old version and added with the new.
        Assert.Equal(10, Search(new SearchRequest("专人留存", Top: 50)).TotalHits);
        Assert.Contains(StandardFacets("专人留存"), f => f.Value == "T/SHELF 004—2025" && f.Count == 1);
        Assert.Empty(Messages);
    }

    [SkippableFact]
    public void Index_catches_up_with_a_removed_standard_gone_from_hits_and_facet_counts()
    {
        WriteShelf();
        Assert.Contains(StandardFacets("专人留存"), f => f.Value == "T/SHELF 007—2025");
        File.Delete(Path.Combine(Content.Root, "s07.md"));
        Index();

        AssertCaughtUp();
        var result = Search(new SearchRequest("专人留存", Top: 50));
        Assert.Equal(9, result.TotalHits);
        Assert.DoesNotContain(result.Hits, h => h.Standard == "T/SHELF 007—2025");
        Assert.DoesNotContain(result.Facets.Standards, f => f.Value == "T/SHELF 007—2025");
        Assert.Equal(9, result.Facets.Standards.Sum(f => f.Count));
        Assert.DoesNotContain("第7册台账应每月核对。", Texts("每月核对"));
    }

    [SkippableFact]
    public void Index_catches_up_with_an_added_standard_found_with_its_facet()
    {
        WriteShelf();
        WriteStandard("s11.md", "T/SHELF 011—2025", "台账规范11", Shelf(11, "第11册台账应每年归集。"));
        Index();

        AssertCaughtUp();
        Assert.Contains("第11册台账应每年归集。", Texts("每年归集"));
        Assert.Contains(StandardFacets("专人留存"), f => f.Value == "T/SHELF 011—2025" && f.Count == 1);
    }

    [SkippableFact]
    public void A_caught_up_index_finds_what_a_rebuilt_one_finds_with_the_same_counts()
    {
        WriteShelf();
        WriteStandard("s02.md", "T/SHELF 002—2025", "台账规范2", Shelf(2, "第2册台账应每季度盘点。"));
        File.Delete(Path.Combine(Content.Root, "s05.md"));
        WriteStandard("s12.md", "T/SHELF 012—2025", "台账规范12", Shelf(12, "第12册台账应每年归集。"));
        Index();
        AssertCaughtUp();
        string[] queries = ["台账", "专人留存", "每季度盘点", "每月核对", "SH012", "归档"];
        var caughtUp = queries.Select(Answer).ToList();

        Directory.Delete(IndexFolder, recursive: true);
        var rebuilt = queries.Select(Answer).ToList();
        Assert.Equal(Build.Generation, Build.Rebuilt);
        // Scores may differ a little (deleted documents count in the statistics until merged), so the order may.
        Assert.Equal(rebuilt, caughtUp);
    }

    /// <summary>What a search finds, in no order: its clauses, total and facet counts.</summary>
    private string Answer(string query)
    {
        var result = Search(new SearchRequest(query, Top: 100));
        return $"{result.TotalHits} | " +
            string.Join(" ", result.Hits.Select(h => $"{h.Standard}/{h.Clause}").Order(StringComparer.Ordinal)) +
            " | " + string.Join(" ", result.Facets.Standards.Select(f => $"{f.Value}={f.Count}")
                .Order(StringComparer.Ordinal));
    }

    [SkippableFact]
    public void A_standard_given_the_row_id_of_one_that_left_is_caught_up_by_its_content_hash()
    {
        WriteShelf();
        // Two fills the index does not follow, as a node that was down sees them: s10 (the last row) leaves, then
        // s13 comes and SQLite gives it the same row id.
        var id = Scalar<long>("SELECT max(id) FROM standards");
        File.Delete(Path.Combine(Content.Root, "s10.md"));
        FillOnly();
        WriteStandard("s13.md", "T/SHELF 013—2025", "台账规范13", Shelf(13, "第13册台账应每周抽查。"));
        FillOnly();
        if (Location.Kind == StoreKind.Postgres) Assert.NotEqual(id, Scalar<long>("SELECT max(id) FROM standards"));
        else Assert.Equal(id, Scalar<long>("SELECT max(id) FROM standards"));

        Assert.Contains("第13册台账应每周抽查。", Texts("每周抽查"));
        Assert.DoesNotContain("第10册台账应每月核对。", Texts("每月核对"));
        Assert.DoesNotContain(StandardFacets("专人留存"), f => f.Value == "T/SHELF 010—2025");
        Assert.Contains(Messages, m => m.StartsWith(
            "the search index is older than the knowledge base: brought up to date by 1 standard(s) out, 1 in",
            StringComparison.Ordinal));
        AssertCaughtUp();
    }

    [SkippableFact]
    public void Index_rebuilds_when_more_than_a_fifth_of_the_documents_would_be_deleted()
    {
        WriteShelf();
        for (var i = 1; i <= 3; i++)
            WriteStandard($"s{i:D2}.md", $"T/SHELF {i:D3}—2025", $"台账规范{i}", Shelf(i, $"第{i}册台账应每周抽查。"));
        Index();

        Assert.Equal(Build.Generation, Build.Rebuilt);
        Assert.Contains("第3册台账应每周抽查。", Texts("每周抽查"));
        Assert.DoesNotContain("第2册台账应每月核对。", Texts("每月核对"));
    }

    [SkippableFact]
    public void A_damaged_index_is_rebuilt_rather_than_caught_up_after_a_change()
    {
        WriteShelf();
        Damage("_*_Lucene41_0.doc");
        WriteStandard("s11.md", "T/SHELF 011—2025", "台账规范11", Shelf(11, "第11册台账应每年归集。"));
        Index();

        Assert.Contains(Messages, m => m.StartsWith("the search index is damaged", StringComparison.Ordinal));
        Assert.Equal(Build.Generation, Build.Rebuilt);
        Assert.Contains("第11册台账应每年归集。", Texts("每年归集"));
    }

    /// <summary>Fills the knowledge base without touching the index, as another node's stdkit index does.</summary>
    private void FillOnly()
    {
        using var kb = Location.OpenForWriting(Messages.Add);
        kb.Fill(new FillInput(ContentSources.Read(ContentProject.Load(Content.Root), []), null, [], []));
    }

    /// <summary>
    /// Catching up appends a standard's clauses after the others, so clauses of equal score may rank in the order the
    /// standards arrived; a rebuild restores the order of the content, whatever order the fills came in.
    /// </summary>
    [SkippableFact]
    public void Clauses_of_equal_score_rank_the_same_after_a_rebuild_whatever_order_the_knowledge_base_was_filled_in()
    {
        const string Same = "# 要求\n\n## 台账\n\n台账应每月核对。\n";
        // b first, then a: the rows of b come before those of a.
        File.Delete(Path.Combine(Content.Root, "a.md"));
        StartAfresh();
        WriteStandard("b.md", "T/TEST 002—2025", "台账规范", Same);
        Index();
        WriteStandard("a.md", "T/TEST 001—2025", "服务规范", Same);
        Index();
        AssertCaughtUp();
        Assert.Equal(["T/TEST 001—2025", "T/TEST 002—2025"], Search("台账").Hits.Select(h => h.Standard).Order());
        Directory.Delete(IndexFolder, recursive: true);
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

    [SkippableFact]
    public void A_hit_shows_its_standard_clause_and_text_also_for_a_clause_too_long_for_a_doc_value()
    {
        // 12,000 Han characters are 36,000 bytes of UTF-8, beyond the 32,766 a doc value takes.
        var longText = "台账" + new string('账', 12_000) + "。";
        WriteStandard("b.md", "T/TEST 002—2025", "台账规范", $"# 要求\n\n## 核对\n\n{longText}\n\n## 月报\n\n台账应每月核对。\n");
        Index();
        var hits = Search(new SearchRequest("台账", Standard: "T/TEST 002—2025", Top: 10)).Hits;
        var whole = Assert.Single(hits, h => h.Clause == "1.1");
        Assert.Equal(longText, whole.Text);
        Assert.Equal(("T/TEST 002—2025", "台账规范", "核对"), (whole.Standard, whole.StandardTitle, whole.Title));
        var monthly = Assert.Single(hits, h => h.Clause == "1.2");
        Assert.Equal(("台账应每月核对。", "月报", Model.Provisions.ProvisionType.Requirement),
            (monthly.Text, monthly.Title, monthly.Provision));
    }

    public sealed class Sqlite() : SearchIndexTests(StoreKind.Sqlite);

    public sealed class Postgres() : SearchIndexTests(StoreKind.Postgres);
}

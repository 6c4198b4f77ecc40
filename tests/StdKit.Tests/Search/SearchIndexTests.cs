using StdKit.Search;
using StdKit.Search.Index;
using StdKit.Search.Knowledge;
using StdKit.Search.Sources;
using StdKit.Content.Project;

namespace StdKit.Tests.Search;

public sealed class SearchIndexTests : SearchContent
{
    private const string Body = "# 要求\n\n## 记录\n\n服务记录应在服务结束后归档。\n\n## 档案\n\n档案保存期不少于3年。\n";

    private string Current => new IndexFolder(IndexFolder).Current!;

    public SearchIndexTests()
    {
        WriteStandard("a.md", "T/TEST 001—2025", "服务规范", Body);
        Index();
    }

    [Fact]
    public void A_missing_index_is_rebuilt_from_the_knowledge_base_with_a_message()
    {
        Directory.Delete(IndexFolder, recursive: true);
        Assert.Equal(["1.1"], Numbers("归档"));
        Assert.Contains("no search index yet: building it from the knowledge base", Messages);
    }

    [Fact]
    public void A_corrupt_index_is_rebuilt_with_a_message()
    {
        foreach (var file in Directory.EnumerateFiles(Current)) File.WriteAllText(file, "damaged");
        Assert.Equal(["1.1"], Numbers("归档"));
        Assert.Contains(Messages, m => m.StartsWith("the search index cannot be read", StringComparison.Ordinal));
    }

    [Fact]
    public void An_index_behind_the_knowledge_base_is_rebuilt_into_a_new_folder_and_swapped_in()
    {
        var before = Current;
        // Fill the knowledge base without touching the index, as if stdkit index had stopped between the two.
        WriteStandard("a.md", "T/TEST 001—2025", "服务规范", Body.Replace("归档", "移交档案室"));
        using (var kb = KnowledgeBase.OpenForWriting(Database, Messages.Add))
            KnowledgeBaseFiller.Fill(kb, ContentSources.Read(ContentProject.Load(Content.Root), []), null, [],
                StdKit.Content.Vocabulary.Synonyms.None);

        Assert.Equal("1.1", Numbers("移交档案室")[0]);
        Assert.Empty(Numbers("归档"));
        Assert.Contains("the search index is older than the knowledge base: rebuilding it", Messages);
        Assert.NotEqual(before, Current);
        Assert.False(Directory.Exists(before));
    }

    [Fact]
    public void Index_updates_a_current_index_in_place()
    {
        var before = Current;
        WriteStandard("a.md", "T/TEST 001—2025", "服务规范", Body.Replace("归档", "移交档案室"));
        Index();

        Assert.Equal(before, Current);
        Assert.Equal("1.1", Numbers("移交档案室")[0]);
        Assert.Empty(Numbers("归档"));
        Assert.Empty(Messages);
    }

    [Fact]
    public void Clauses_of_equal_score_rank_in_the_order_of_the_content_after_every_rebuild()
    {
        WriteStandard("b.md", "T/TEST 002—2025", "台账规范", "# 要求\n\n" + string.Concat(Enumerable.Range(1, 30).Select(_ => "##\n台账应每月核对。\n\n")));
        Index();
        var expected = Enumerable.Range(1, 30).Select(i => $"1.{i}").ToList();
        Assert.Equal(expected, Search(new SearchRequest("台账", Top: 30)).Hits.Select(h => h.Clause));

        Directory.Delete(IndexFolder, recursive: true);
        Assert.Equal(expected, Search(new SearchRequest("台账", Top: 30)).Hits.Select(h => h.Clause));
    }
}

using StdKit.Content.Vocabulary;
using StdKit.Model.Diagnostics;
using StdKit.Search;
using StdKit.Tests.Support;

namespace StdKit.Tests.Search;

/// <summary>The synonyms of content/synonyms.yaml: read with their lines, checked, and used by search below the word typed.</summary>
public sealed class SynonymTests : SearchContent
{
    private const string Body = """
        # 要求

        ## 设备

        计算机应设置屏幕保护口令。

        ## 人员

        电脑操作人员应经过培训。
        """;

    public SynonymTests() => WriteStandard("a.md", "T/TEST 001—2025", "服务规范", Body);

    [Fact]
    public void A_synonym_finds_what_the_word_does_not_and_ranks_below_the_word_itself()
    {
        Content.Write(Synonyms.FileName, "groups:\n  - [电脑, 计算机]\n  - [密码, 口令]\n");
        Index();
        var hits = Search(new SearchRequest("电脑")).Hits;
        Assert.Equal(["1.2", "1.1"], hits.Select(h => h.Clause));
        Assert.Equal("【计算机】应设置屏幕保护口令。", Snippet(hits[1]));
        Assert.Equal(["1.1"], Search(new SearchRequest("电脑密码")).Hits.Select(h => h.Clause).Take(1));
    }

    [Fact]
    public void Terms_join_with_their_English_equivalents()
    {
        WriteStandard("b.md", "T/TEST 002—2025", "术语", "# 术语和定义\n\n下列术语和定义适用于本文件。\n\n## 服务对象 | client\n\n"
            + "接受服务的企业。\n\n# 要求\n\n服务对象应签订服务协议。\n");
        Index();
        Assert.Contains(Search(new SearchRequest("client")).Hits, h => h.Text == "服务对象应签订服务协议。");
    }

    public static TheoryData<string, string> BadFiles => new()
    {
        { "groups:\n  - [电脑, 计算机]\n  - [计算机, 微机]\n", "synonyms.yaml:3: '计算机' is already in the group of line 2 — " },
        { "groups:\n  - [电脑, \"\", 计算机]\n", "synonyms.yaml:2: a group has an empty word — " },
        { "groups:\n  - [电脑, 电脑]\n", "synonyms.yaml:2: '电脑' stands twice in a group — " },
        { "groups:\n  - [电脑]\n", "synonyms.yaml:2: the group of '电脑' has no other word — " },
        { "one-way:\n  跳槽: [离职]\n  离职: [走人]\n  走人: [跳槽]\n",
            "synonyms.yaml:2: one-way entries go round in a circle: 跳槽 → 离职 → 走人 → 跳槽 — " },
        { "groups: [电脑\n", "synonyms.yaml:1: malformed YAML" },
        { "group:\n  - [电脑, 计算机]\n", "synonyms.yaml:1: unknown synonyms key 'group' — did you mean 'groups'?" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void A_mistake_in_the_file_is_one_clear_line_with_its_place(string yaml, string message)
    {
        var path = Content.Write(Synonyms.FileName, yaml);
        var error = Assert.Throws<UserError>(() => Synonyms.Read(path));
        Assert.StartsWith(message, error.Diagnostics[0].ToString().Replace(Content.Root + Path.DirectorySeparatorChar, ""));
    }

    [Fact]
    public void Index_refuses_a_bad_synonym_file_with_exit_code_2_and_leaves_nothing()
    {
        Content.Write(Synonyms.FileName, "groups:\n  - [电脑, 计算机]\n  - [计算机, 微机]\n");
        var result = StdKitProcess.Run(Content.Root, "index");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("synonyms.yaml:3: '计算机' is already in the group of line 2", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
        Assert.False(File.Exists(Database));
    }

    private static string Snippet(SearchHit hit) => StdKit.Search.Highlighting.Snippet.Mark(hit.Text, hit.Highlights);
}

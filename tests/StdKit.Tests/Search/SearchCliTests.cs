using System.Text.Json;
using Microsoft.Data.Sqlite;
using StdKit.Tests.Support;

namespace StdKit.Tests.Search;

/// <summary>index, search, terms and refs as a user runs them: the real executable in a content tree.</summary>
public sealed class SearchCliTests : SearchContent
{
    public SearchCliTests()
    {
        WriteStandard("a.md", "T/TEST 001—2025", "服务规范", """
            # 规范性引用文件

            下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。

            - [[@GB/T 19001—2016]]

            # 术语和定义

            下列术语和定义适用于本文件。

            ## 服务机构 | service agency

            提供服务的组织。

            # 要求

            ## 记录

            服务记录应符合[[@GB/T 19001—2016]]中7.5的规定。

            ## 档案

            服务档案宜保存3年以上。
            """, "system:\n  layer: 服务实施\n  category: 服务实施流程\n");
    }

    private StdKitProcess.Result Run(params string[] args) => StdKitProcess.Run(Content.Root, args);

    [Fact]
    public void Index_fills_the_default_knowledge_base_and_skips_what_has_not_changed()
    {
        var first = Run("index");
        Assert.Equal((0, "知识库 out/kb/stdkit.db：新增 1 个标准，更新 0 个，未变 0 个，删除 0 个\n"), (first.ExitCode, first.Out));
        Assert.True(File.Exists(Database));
        Assert.Equal("知识库 out/kb/stdkit.db：新增 0 个标准，更新 0 个，未变 1 个，删除 0 个\n", Run("index").Out);
    }

    [Fact]
    public void Search_prints_standard_clause_provision_and_the_marked_snippet()
    {
        var result = Run("search", "服务记录");
        Assert.Equal(0, result.ExitCode);
        // One clause has both words; the others, with one of them, follow under a notice that says so.
        Assert.Equal("""
            含全部查询词的条款只有 1 条，其后是只含部分查询词的条款
            1. T/TEST 001—2025 服务规范（服务实施）
               3.1 记录 · 段 · 要求
               【服务记录】应符合GB/T 19001—2016中7.5的规定。
            2. T/TEST 001—2025 服务规范（服务实施）
               2.1 服务机构　service agency · 术语 · 陈述
               提供【服务】的组织。
            3. T/TEST 001—2025 服务规范（服务实施）
               3.2 档案 · 段 · 推荐
               【服务】档案宜保存3年以上。
            共 3 条匹配
            层次：服务实施 3
            条款类型：推荐 1　要求 1　陈述 1
            标准：T/TEST 001—2025 服务规范 3

            """.ReplaceLineEndings("\n"), result.Out);
        // The first search builds the knowledge base and the index, and says so on standard error.
        Assert.Contains("indexing", result.Error);
    }

    [Fact]
    public void A_question_is_answered_without_its_question_words_and_says_which_were_left_out()
    {
        var result = Run("search", "档案要保存多久", "--json");
        Assert.Equal(0, result.ExitCode);
        var found = JsonDocument.Parse(result.Out).RootElement;
        Assert.Equal("3.2", found.GetProperty("hits")[0].GetProperty("clause").GetString());
        Assert.Equal(["要", "多久"], found.GetProperty("notice").GetProperty("ignored").EnumerateArray().Select(w => w.GetString()));
        Assert.False(found.GetProperty("notice").GetProperty("partial").GetBoolean());
        Assert.Equal(1, found.GetProperty("facets").GetProperty("provisions").EnumerateArray()
            .Single(p => p.GetProperty("value").GetString() == "recommendation").GetProperty("count").GetInt32());
    }

    [Fact]
    public void A_query_found_nowhere_says_so_and_suggests_words_of_the_knowledge_base()
    {
        var partial = Run("search", "服务规划");
        Assert.Equal(0, partial.ExitCode);
        Assert.StartsWith("含全部查询词的条款只有 0 条，其后是只含部分查询词的条款；知识库中没有：规划\n", partial.Out);

        var none = Run("search", "机钩");
        Assert.Equal((0, "没有找到匹配的条款：知识库中没有“机钩”"), (none.ExitCode, none.Out.Split('\n')[0]));
        Assert.Contains("知识库中相近的词：服务机构", none.Out);
    }

    [Fact]
    public void Search_json_gives_the_fields_and_highlight_ranges_of_each_hit()
    {
        var result = Run("search", "档案", "--json", "--provision", "recommendation");
        Assert.Equal(0, result.ExitCode);
        var hit = Assert.Single(JsonDocument.Parse(result.Out).RootElement.GetProperty("hits").EnumerateArray());
        Assert.Equal(("T/TEST 001—2025", "服务规范", "3.2", "档案", "recommendation", "服务实施"),
            (hit.GetProperty("standard").GetString(), hit.GetProperty("standardTitle").GetString(), hit.GetProperty("clause").GetString(),
                hit.GetProperty("title").GetString(), hit.GetProperty("provision").GetString(), hit.GetProperty("layer").GetString()));
        Assert.True(hit.GetProperty("score").GetSingle() > 0);
        var text = hit.GetProperty("text").GetString()!;
        Assert.Equal(["档案"], hit.GetProperty("highlights").EnumerateArray()
            .Select(r => text[r.GetProperty("start").GetInt32()..r.GetProperty("end").GetInt32()]));
    }

    [Fact]
    public void Terms_and_refs_answer_from_the_knowledge_base()
    {
        Run("index");
        var terms = Run("terms", "服务机构");
        Assert.Equal((0, "服务机构　service agency\n  T/TEST 001—2025 2.1　提供服务的组织。\n"), (terms.ExitCode, terms.Out));

        var refs = Run("refs", "GB/T 19001—2016:7.5", "--json");
        Assert.Equal(0, refs.ExitCode);
        var incoming = Assert.Single(JsonDocument.Parse(refs.Out).RootElement.GetProperty("incoming").EnumerateArray());
        Assert.Equal(("T/TEST 001—2025", "3.1", "7.5"),
            (incoming.GetProperty("standard").GetString(), incoming.GetProperty("clause").GetString(), incoming.GetProperty("target").GetString()));
    }

    [Theory]
    [InlineData("gbt19001-2016:7.5")]
    [InlineData("GB19001—2016 7.5")]
    [InlineData("gb/t 19001-2016：第7.5条")]
    public void Refs_reads_a_number_typed_sloppily_and_echoes_it_canonically(string typed)
    {
        var refs = Run("refs", typed);
        Assert.Equal(0, refs.ExitCode);
        Assert.StartsWith("GB/T 19001—2016 质量管理体系　要求：7.5\n被引用（1 处）：", refs.Out);
    }

    public static TheoryData<string[], string> BadInputs => new()
    {
        { ["search"], "stdkit: the query is empty — " },
        { ["search", "、，。！"], "stdkit: the query has nothing to search for: only punctuation or symbols — " },
        { ["search", new string('质', 10_000)], "stdkit: the query has 10000 characters; at most 500 are searched — " },
        { ["search", "服务", "--layer", "服务层"], "stdkit: unknown layer '服务层' — use one of: 服务实施" },
        { ["search", "服务", "--top", "0"], "stdkit: --top 0 is out of range — " },
        { ["search", "什么要求"], "stdkit: the query has only question words (什么要求), nothing to look for — " },
        { ["search", "😀😀"], "stdkit: the query has nothing to search for: only punctuation or symbols — " },
        { ["terms"], "stdkit: no term given — " },
        { ["refs", ":7.5"], "stdkit: ':7.5' names no document — " },
        { ["index", "nowhere"], "stdkit: no content tree at nowhere " },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Bad_input_is_one_clear_line_exit_code_2_and_no_stack_trace(string[] args, string message)
    {
        Run("index");
        var result = Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith(message, result.Error);
        Assert.Single(result.Error.TrimEnd().Split('\n'));
        Assert.DoesNotContain("   at ", result.Error);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void A_knowledge_base_of_an_older_schema_is_rebuilt_with_a_message_on_first_search()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Database)!);
        using (var old = new SqliteConnection($"Data Source={Database};Pooling=False"))
        {
            old.Open();
            using var command = old.CreateCommand();
            command.CommandText = "CREATE TABLE schema_version (version INTEGER); INSERT INTO schema_version VALUES (0);";
            command.ExecuteNonQuery();
        }
        var result = Run("search", "服务档案");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("schema version 0", result.Error);
        Assert.Contains("3.2 档案", result.Out);
    }

    [Fact]
    public void A_garbled_page_of_the_knowledge_base_is_refused_by_refs_and_rebuilt_by_index()
    {
        Run("index");
        Garble("clause_references");

        var refs = Run("refs", "GB/T 19001—2016");
        Assert.Equal(3, refs.ExitCode);
        Assert.StartsWith("stdkit: knowledge base out/kb/stdkit.db is damaged (", refs.Error);
        Assert.EndsWith(") — run stdkit index to rebuild it from content\n", refs.Error);

        var index = Run("index");
        Assert.Equal(0, index.ExitCode);
        Assert.StartsWith("knowledge base out/kb/stdkit.db is damaged (", index.Error);
        Assert.Contains("): rebuilding it from content", index.Error);
        Assert.Equal("知识库 out/kb/stdkit.db：新增 1 个标准，更新 0 个，未变 0 个，删除 0 个\n", index.Out);
        Assert.StartsWith("GB/T 19001—2016 质量管理体系　要求\n被引用（2 处）", Run("refs", "GB/T 19001—2016").Out);
    }

    /// <summary>Overwrites the cell pointers of a table's first page, as a disk error or a stray write would.</summary>
    private void Garble(string table)
    {
        long page, pageSize;
        using (var connection = new SqliteConnection($"Data Source={Database};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            command.ExecuteNonQuery();
            command.CommandText = "PRAGMA page_size";
            pageSize = (long)command.ExecuteScalar()!;
            command.CommandText = "SELECT rootpage FROM sqlite_master WHERE name = $table";
            command.Parameters.AddWithValue("$table", table);
            page = (long)command.ExecuteScalar()!;
        }
        using var file = new FileStream(Database, FileMode.Open);
        file.Position = (page - 1) * pageSize + 8;
        file.Write(Enumerable.Repeat((byte)0xA5, 64).ToArray());
    }
}

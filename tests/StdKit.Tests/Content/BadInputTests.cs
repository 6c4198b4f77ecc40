using System.Text;
using StdKit.Model.Diagnostics;
using StdKit.Tests.Support;

namespace StdKit.Tests.Content;

/// <summary>Every mistake is one clear "file:line: what — how to fix" diagnostic.</summary>
public sealed class BadInputTests : ContentTest
{
    private const string Front = TempContent.FrontMatter;

    public static TheoryData<string, string, int, string, string> Cases => new()
    {
        { "malformed YAML", "---\ntype: group\nnumber: T/TEST 001—2025\ntitle: [未闭合\n---\n# 范围\n",
            4, "malformed YAML", "key: value" },
        { "unknown key", "---\ntype: group\nnumber: T/TEST 001—2025\ntitle: 测试\ntittle-en: Test\n---\n# 范围\n",
            5, "unknown front-matter key 'tittle-en'", "did you mean 'title-en'?" },
        { "missing required field", "---\ntype: group\ntitle: 测试\n---\n# 范围\n",
            2, "missing required key 'number'", "number: T/ABC 001—2024" },
        { "empty required field", "---\ntype: group\nnumber: T/TEST 001—2025\ntitle:\n---\n# 范围\n",
            4, "'title' is empty", "title: " },
        { "unknown type", "---\ntype: company\nnumber: T/TEST 001—2025\ntitle: 测试\n---\n# 范围\n",
            2, "unknown document type 'company'", "enterprise (企业标准)" },
        { "bad number", "---\ntype: group\nnumber: 第一号\ntitle: 测试\n---\n# 范围\n",
            3, "'第一号' is not a document number", "T/GDCMA 001—2024" },
        { "missing front matter", "# 范围\n", 1, "the file does not start with front matter", "---" },
        { "heading jump", Front + "# 范围\n\n#### 太深\n", 8, "heading jumps from level 1 (#) to level 4 (####)", "##" },
        { "duplicate id", Front + "# 范围 {#a}\n\n# 要求 {#a}\n",
            8, "duplicate id {#a} (first used at line 6)", "its own id" },
        { "unresolved reference", Front + "# 范围\n\n见[[nowhere]]。\n", 8, "unknown reference [[nowhere]]", "{#nowhere}" },
        { "ragged table row", Front + "# 范围\n\n| a | b |\n|---|---|\n| 1 | 2 | 3 |\n",
            10, "a table row with 3 cells where the header has 2", "same number of cells" },
        { "three-level list", Front + "# 范围\n\n- 一\n  - 二\n    - 三\n",
            10, "a list nested three levels deep", "two levels at most" },
        { "text before any chapter", Front + "前言文字。\n\n# 范围\n", 6, "text before the first chapter", "# 范围" },
        { "table title without table", Front + "# 范围\n\n表：孤立的表题\n\n正文。\n",
            8, "a table title with no table under it", "表：" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_mistake_is_reported_with_file_line_message_and_fix(
        string name, string text, int line, string message, string fix)
    {
        var path = Content.Write("bad.md", text);
        var e = Assert.Throws<UserError>(() => Content.Read(path));
        var d = Assert.Single(e.Diagnostics);
        Assert.True(d.Location == new SourceLocation(path, line), $"{name}: reported at {d.Location}");
        Assert.StartsWith(message, d.Message);
        Assert.Contains(fix, d.Fix);
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_reported_at_the_line_of_the_first_bad_byte()
    {
        var path = Path.Combine(Content.Root, "gbk.md");
        var gbk = new byte[] { 0xB7, 0xB6, 0xCE, 0xA7 }; // "范围" in GBK
        File.WriteAllBytes(path, [.. Encoding.UTF8.GetBytes(Front + "# "), .. gbk, (byte)'\n']);
        var e = Assert.Throws<UserError>(() => Content.Read(path));
        var d = Assert.Single(e.Diagnostics);
        Assert.Equal(new SourceLocation(path, 6), d.Location);
        Assert.StartsWith("the file is not UTF-8", d.Message);
    }

    [Fact]
    public void Every_mistake_in_a_file_is_reported_at_once()
    {
        var path = Content.Write("many.md", Front + "# 范围\n\n见[[x]]。\n\n见[[y]]。\n");
        var e = Assert.Throws<UserError>(() => Content.Read(path));
        Assert.Equal([8, 10], e.Diagnostics.Select(d => d.Location!.Line));
    }

    [Fact]
    public void A_control_character_is_reported_at_its_line_and_what_has_a_meaning_is_normalised()
    {
        var bad = Content.Write("ctrl.md", Front + "# 范围\n\n本文件\u0001规定了要求。\n");
        var d = Assert.Single(Assert.Throws<UserError>(() => Content.Read(bad)).Diagnostics);
        Assert.Equal(new SourceLocation(bad, 8), d.Location);
        Assert.Contains("U+0001", d.Message);

        // Word's manual line break, a no-break space, a tab and a BOM in the middle, with CRLF line ends.
        var copied = Content.Write("word.md",
            (Front + "# 范围\n\n本文件\u000B规定了\u00A0服务\t要求\uFEFF。\n").Replace("\n", "\r\n"));
        var paragraph = Content.Read(copied).Elements.OfType<StdKit.Model.Body.Paragraph>().Single();
        Assert.Equal("本文件 规定了 服务 要求。", paragraph.Text.ToString());
    }

    [Theory]
    [InlineData(70, "  ")]
    [InlineData(200, ">")]
    public void Text_nested_past_any_sense_is_refused_at_its_line(int depth, string step)
    {
        var nested = string.Concat(Enumerable.Range(0, depth)
            .Select(i => step == ">" ? ">" : new string(' ', 2 * i) + "- 项\n"));
        var path = Content.Write("deep.md", Front + "# 范围\n\n" + nested + "\n");
        var e = Assert.Throws<UserError>(() => Content.Read(path));
        Assert.All(e.Diagnostics, d => Assert.Equal(path, d.Location!.File));
    }
}

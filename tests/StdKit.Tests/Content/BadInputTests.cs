using System.Text;
using StdKit.Model.Diagnostics;
using StdKit.Tests.Support;

namespace StdKit.Tests.Content;

/// <summary>Every mistake is one clear "file:line: what — how to fix" diagnostic.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    private Diagnostic Single(string text)
    {
        var path = _content.Write("bad.md", text);
        var e = Assert.Throws<ContentException>(() => _content.Read(path));
        var d = Assert.Single(e.Diagnostics);
        Assert.Equal(path, d.Location.File);
        return d;
    }

    [Fact]
    public void Malformed_yaml()
    {
        var d = Single("---\ntype: group\nnumber: T/TEST 001—2025\ntitle: [未闭合\n---\n# 范围\n");
        Assert.Equal(4, d.Location.Line);
        Assert.StartsWith("malformed YAML", d.Message);
    }

    [Fact]
    public void Unknown_key_suggests_the_nearest_known_one()
    {
        var d = Single("---\ntype: group\nnumber: T/TEST 001—2025\ntitle: 测试\ntittle-en: Test\n---\n# 范围\n");
        Assert.Equal(5, d.Location.Line);
        Assert.Equal("unknown front-matter key 'tittle-en'", d.Message);
        Assert.Equal("did you mean 'title-en'?", d.Fix);
    }

    [Fact]
    public void Missing_required_field()
    {
        var d = Single("---\ntype: group\ntitle: 测试\n---\n# 范围\n");
        Assert.Equal("missing required key 'number'", d.Message);
        Assert.Contains("number: T/ABC 001—2024", d.Fix);
    }

    [Fact]
    public void Empty_required_field()
    {
        var d = Single("---\ntype: group\nnumber: T/TEST 001—2025\ntitle:\n---\n# 范围\n");
        Assert.Equal(4, d.Location.Line);
        Assert.Equal("'title' is empty", d.Message);
    }

    [Fact]
    public void Unknown_type_lists_the_valid_ones()
    {
        var d = Single("---\ntype: company\nnumber: T/TEST 001—2025\ntitle: 测试\n---\n# 范围\n");
        Assert.Equal(2, d.Location.Line);
        Assert.Contains("enterprise (企业标准)", d.Fix);
    }

    [Fact]
    public void Heading_jump()
    {
        var d = Single(TempContent.FrontMatter + "# 范围\n\n#### 太深\n");
        Assert.Equal(8, d.Location.Line);
        Assert.Equal("heading jumps from level 1 (#) to level 4 (####)", d.Message);
        Assert.Contains("##", d.Fix);
    }

    [Fact]
    public void Duplicate_id()
    {
        var d = Single(TempContent.FrontMatter + "# 范围 {#a}\n\n# 要求 {#a}\n");
        Assert.Equal(8, d.Location.Line);
        Assert.Equal("duplicate id {#a} (first used at line 6)", d.Message);
    }

    [Fact]
    public void Unresolved_reference()
    {
        var d = Single(TempContent.FrontMatter + "# 范围\n\n见[[nowhere]]。\n");
        Assert.Equal(8, d.Location.Line);
        Assert.Equal("unknown reference [[nowhere]]", d.Message);
    }

    [Fact]
    public void File_that_is_not_utf8()
    {
        var path = Path.Combine(_content.Root, "gbk.md");
        var gbk = new byte[] { 0xB7, 0xB6, 0xCE, 0xA7 }; // "范围" in GBK
        File.WriteAllBytes(path, [.. Encoding.UTF8.GetBytes(TempContent.FrontMatter + "# "), .. gbk, (byte)'\n']);
        var e = Assert.Throws<ContentException>(() => _content.Read(path));
        var d = Assert.Single(e.Diagnostics);
        Assert.Equal(6, d.Location.Line);
        Assert.StartsWith("the file is not UTF-8", d.Message);
        Assert.Contains("UTF-8", d.Fix);
    }

    [Fact]
    public void Missing_front_matter()
    {
        var d = Single("# 范围\n");
        Assert.Equal(1, d.Location.Line);
        Assert.Equal("the file does not start with front matter", d.Message);
    }

    [Fact]
    public void Ragged_table_row()
    {
        var d = Single(TempContent.FrontMatter + "# 范围\n\n| a | b |\n|---|---|\n| 1 | 2 | 3 |\n");
        Assert.Equal(10, d.Location.Line);
        Assert.Equal("a table row with 3 cells where the header has 2", d.Message);
    }

    [Fact]
    public void Three_level_list()
    {
        var d = Single(TempContent.FrontMatter + "# 范围\n\n- 一\n  - 二\n    - 三\n");
        Assert.Equal(10, d.Location.Line);
        Assert.Equal("a list nested three levels deep", d.Message);
    }

    [Fact]
    public void Every_mistake_in_a_file_is_reported_at_once()
    {
        var path = _content.Write("many.md", TempContent.FrontMatter + "# 范围\n\n见[[x]]。\n\n见[[y]]。\n");
        var e = Assert.Throws<ContentException>(() => _content.Read(path));
        Assert.Equal([8, 10], e.Diagnostics.Select(d => d.Location.Line));
    }
}

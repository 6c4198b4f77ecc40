using StdKit.Tests.Support;

namespace StdKit.Tests.Cli;

public sealed class CliTests : ContentTest
{
    [Fact]
    public void Help_lists_every_command_with_one_line()
    {
        var result = StdKitProcess.Run(Repository.Root, "--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"outline <path>\s+打印标准的编号结构", result.Out);
    }

    [Fact]
    public void Outline_prints_the_numbered_structure()
    {
        var path = Content.Write("std.md",
            TempContent.FrontMatter + "# 范围\n\n# 要求\n\n## 总则\n\n表：配置\n\n| a |\n|---|\n| 1 |\n");
        var result = StdKitProcess.Run(Content.Root, "outline", "std.md");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("T/TEST 001—2025　测试标准\n1　范围\n2　要求\n  2.1　总则\n    表1　配置（1行×1列）\n", result.Out);
        Assert.Equal("", result.Error);
    }

    [Theory]
    [InlineData("---\ntype: group\nnumber: T/TEST 001—2025\ntitle: 测试\ntittle-en: x\n---\n# 范围\n",
        "bad.md:5: unknown front-matter key 'tittle-en' — did you mean 'title-en'?")]
    [InlineData("---\ntype: group\nnumber: T/TEST 001—2025\ntitle: 测试\n---\n# 范围\n\n见[[x]]。\n",
        "bad.md:8: unknown reference [[x]] — ")]
    [InlineData("---\ntype: group\nnumber: T/TEST 001—2025\ntitle: 测试\n---\n# 范围\n\n### 跳级\n",
        "bad.md:8: heading jumps from level 1 (#) to level 3 (###) — ")]
    public void A_mistake_is_one_line_on_stderr_exit_code_2_and_no_output(string text, string expected)
    {
        Content.Write("bad.md", text);
        var result = StdKitProcess.Run(Content.Root, "outline", "bad.md");
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith(expected, result.Error);
        Assert.Single(result.Error.TrimEnd().Split('\n'));
        Assert.DoesNotContain("   at ", result.Error);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void A_missing_file_is_a_clear_error()
    {
        var result = StdKitProcess.Run(Content.Root, "outline", "nowhere.md");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("nowhere.md: no such file or folder — check the path\n", result.Error);
    }

    [Fact]
    public void An_unknown_agency_lists_the_known_ones()
    {
        Content.Write("std.md", TempContent.FrontMatter + "# 范围\n");
        var result = StdKitProcess.Run(Content.Root, "outline", "std.md", "--agency", "nobody");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no agency profile 'nobody' — use one of: sample", result.Error);
    }

    [Fact]
    public void The_sample_content_outlines_without_errors()
    {
        var result = StdKitProcess.Run(Repository.Root, "outline", "content");
        Assert.Equal("", result.Error);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("DB 53/T XXXX—2023　中小企业公共服务标准体系建设指南（工作组讨论稿）", result.Out);
    }
}

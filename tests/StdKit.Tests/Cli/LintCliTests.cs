using System.Text.Json;
using StdKit.Tests.Support;

namespace StdKit.Tests.Cli;

public sealed class LintCliTests : ContentTest
{
    [Fact]
    public void Findings_as_text_with_exit_code_1_when_there_are_errors()
    {
        // A complete cover (ICS, CCS, issuer), so that the one finding is the error.
        var front = TempContent.FrontMatter.Replace("title: 测试标准\n",
            "title: 测试标准\nics: \"03.080\"\nccs: A 12\nissuer: 测试协会\n");
        Content.Write("std.md", front + "# 范围\n\n本文件规定了服务要求。\n\n# 要求\n\n服务人员必须持证上岗。\n");
        var result = StdKitProcess.Run(Content.Root, "lint", "std.md");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("std.md:15: error GBT-P01 [2] 使用了“必须”：「服务人员必须持证上岗。」 — 改用“应”", result.Out);
        Assert.EndsWith("个错误，0 个警告\n", result.Out);
    }

    [Fact]
    public void Json_is_one_array_of_findings_with_every_field()
    {
        Content.Write("std.md", TempContent.FrontMatter + "# 范围\n\n本文件规定了服务要求。\n\n# 要求\n\n服务人员必须持证上岗。\n");
        var result = StdKitProcess.Run(Content.Root, "lint", "std.md", "--format", "json");
        var findings = JsonDocument.Parse(result.Out).RootElement;
        Assert.Equal(JsonValueKind.Array, findings.ValueKind);
        var p01 = findings.EnumerateArray().Single(f => f.GetProperty("rule").GetString() == "GBT-P01");
        Assert.Equal("error", p01.GetProperty("severity").GetString());
        Assert.Equal("std.md", p01.GetProperty("file").GetString());
        Assert.Equal(12, p01.GetProperty("line").GetInt32());
        Assert.Equal("2", p01.GetProperty("clause").GetString());
        Assert.Contains("「服务人员必须持证上岗。」", p01.GetProperty("message").GetString());
        Assert.Equal("改用“应”", p01.GetProperty("fix").GetString());
    }

    [Fact]
    public void One_file_of_a_tree_is_checked_against_the_whole_system()
    {
        const string Front = "---\ntype: enterprise\nnumber: Q/TEST 10{0}—2025\ntitle: 测试标准{0}\n---\n# 范围\n\n{1}\n";
        Content.Write("a.md", string.Format(Front, 1, "本文件规定了服务要求。服务记录按Q/TEST 102的规定保存。"));
        Content.Write("b.md", string.Format(Front, 2, "本文件规定了记录要求。服务记录按Q/TEST 109的规定保存。"));
        var alone = StdKitProcess.Run(Content.Root, "lint", "a.md");
        Assert.DoesNotContain("GBT-R07", alone.Out);
        var other = StdKitProcess.Run(Content.Root, "lint", "b.md");
        Assert.Contains("GBT-R07", other.Out);
        Assert.DoesNotContain("a.md", other.Out);
    }

    [Fact]
    public void A_clean_standard_exits_with_0()
    {
        var result = StdKitProcess.Run(Repository.Root, "lint", "content/library");
        Assert.Equal(0, result.ExitCode);
        Assert.EndsWith("0 个错误，0 个警告\n", result.Out);
    }

    [Fact]
    public void The_rules_are_listed()
    {
        var result = StdKitProcess.Run(Repository.Root, "lint", "--rules");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("GBT-P01  error    要求用“应/不应”", result.Out);
    }
}

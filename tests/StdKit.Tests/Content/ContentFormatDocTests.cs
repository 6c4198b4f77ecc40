using System.Text.RegularExpressions;
using StdKit.Generator.Outline;
using StdKit.Tests.Support;

namespace StdKit.Tests.Content;

/// <summary>The complete example in docs/content-format.md is real content:
/// it reads and numbers as documented.</summary>
public sealed partial class ContentFormatDocTests : ContentTest
{
    [Fact]
    public void The_complete_example_reads_and_numbers_as_documented()
    {
        var doc = File.ReadAllText(Path.Combine(Repository.Root, "docs", "content-format.md"));
        var example = LastMarkdownBlock().Matches(doc)[^1].Groups[1].Value;
        var standard = Content.Read(Content.Write("example.md", example));

        Assert.Equal(
            """
            Q/YNSME 301—2025　服务实施流程　企业走访（征求意见稿）
            1　范围
            2　规范性引用文件
              GB/T 19001—2016　质量管理体系　要求
            3　术语和定义
              3.1　企业走访　enterprise visit
            4　走访实施
              4.1　走访准备
                表1　走访计划要素（2行×2列）
              4.2　现场走访
                a)　出示工作证件；
                b)　按4.1确定的内容逐项了解情况；
                c)　填写走访记录。
                注：走访记录的格式见附录A。
            附录A（资料性）走访记录表
              A.1　记录内容

            """.Replace("\r\n", "\n"),
            OutlineWriter.Write(standard));
        Assert.Contains(standard.Elements.OfType<StdKit.Model.Body.Paragraph>(),
            p => p.Text.ToString() == "本文件适用于测试服务中心开展的企业走访服务。");
    }

    [GeneratedRegex("```markdown\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex LastMarkdownBlock();
}

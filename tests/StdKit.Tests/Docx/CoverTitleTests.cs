using StdKit.Generator;
using StdKit.Generator.Pdf;
using StdKit.Model.Wording;
using StdKit.Tests.Support;

namespace StdKit.Tests.Docx;

/// <summary>
/// A title element longer than the cover's line (18 characters of 一号) breaks between words, after 、 or before
/// 与, with lines of about equal length and never a character alone on a line (GB/T 1.1 6.1: the elements of a
/// title each start a line).
/// </summary>
public sealed class CoverTitleTests : ContentTest
{
    private const string LongElement = "专精特新中小企业公共服务机构数字化诚信服务规范";

    [Theory]
    [InlineData(LongElement, "专精特新中小企业公共服务机构|数字化诚信服务规范")]
    [InlineData("融资担保业务风险管理部副经理岗位工作标准", "融资担保业务风险管理部|副经理岗位工作标准")]
    [InlineData("服务场所标志、标识、导向系统设置与维护通用技术要求", "服务场所标志、标识、导向系统|设置与维护通用技术要求")]
    [InlineData("中小企业公共服务机构ISO 9001质量管理体系建设指南", "中小企业公共服务机构ISO 9001|质量管理体系建设指南")]
    [InlineData("中小企业公共服务机构通用要求", "中小企业公共服务机构通用要求")]
    public void A_long_element_breaks_between_words_into_lines_of_about_equal_length(string element, string lines)
    {
        var broken = TitleBreaker.Lines(element, 18);
        Assert.Equal(lines, string.Join('|', broken));
        Assert.All(broken, line => Assert.True(line.Length > 1 && TitleBreaker.Width(line) <= 18, line));
    }

    [Fact]
    public void Each_element_starts_a_line_and_only_a_long_one_is_broken()
    {
        Assert.Equal("中小企业服务机构通用能力建设\n第1部分：评价体系",
            Headings.TitleLines("中小企业服务机构通用能力建设　第1部分：评价体系", 18));
        Assert.Equal("民营经济和中小企业\n专精特新中小企业公共服务机构\n数字化诚信服务规范",
            Headings.TitleLines("民营经济和中小企业　" + LongElement, 18));
    }

    /// <summary>Text with no word StdKit knows breaks evenly; a paragraph passed as a title is left to wrap.</summary>
    [Fact]
    public void Unknown_words_break_evenly_and_a_paragraph_is_left_whole()
    {
        var unknown = string.Concat(Enumerable.Repeat("甲乙丙丁戊", 20));
        var lines = TitleBreaker.Lines(unknown, 18);
        Assert.Equal(6, lines.Count);
        Assert.Equal(unknown, string.Concat(lines));
        Assert.All(lines, line => Assert.InRange(line.Length, 16, 17));
        var paragraph = string.Concat(Enumerable.Repeat("甲乙丙丁戊", 200));
        Assert.Equal([paragraph], TitleBreaker.Lines(paragraph, 18));
    }

    [Fact]
    public void A_name_given_to_keep_whole_is_not_broken()
    {
        Assert.Equal("昆明市中小企业融资担保有限公司\n标准体系\n标准汇编",
            Headings.TitleLines("昆明市中小企业融资担保有限公司标准体系　标准汇编", 18, ["昆明市中小企业融资担保有限公司"]));
        Assert.Equal("云南省中小企业服务中心标准体系\n标准汇编",
            Headings.TitleLines("云南省中小企业服务中心标准体系　标准汇编", 18, ["云南省中小企业服务中心"]));
    }

    /// <summary>Needs LibreOffice: the cover as printed has the lines the breaker chose, no other.</summary>
    [SkippableFact]
    public void The_printed_cover_breaks_a_long_title_element_between_words()
    {
        ExternalTools.Require("soffice", "libreoffice-writer");
        ExternalTools.Require("pdftotext", "poppler-utils");
        var standard = Content.Read(Content.Write("std.md", TempContent.FrontMatter
            .Replace("title: 测试标准\n", $"title: 民营经济和中小企业　{LongElement}\n")
            + "# 范围\n\n本文件规定了服务要求。\n"));
        var pdf = Path.Combine(Content.Root, "std.pdf");
        StandardPublisher.Publish(standard, Path.Combine(Content.Root, "std.docx"), pdf);
        var cover = PdfText.Pages(pdf)[0].Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var title = cover.SkipWhile(l => l != "民营经济和中小企业").Take(3).ToList();
        Assert.Equal(["民营经济和中小企业", "专精特新中小企业公共服务机构", "数字化诚信服务规范"], title);
    }
}

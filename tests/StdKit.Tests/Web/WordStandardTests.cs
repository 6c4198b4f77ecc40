using System.Net;
using StdKit.Generator.Docx;
using StdKit.Tests.Support;
using StdKit.Web.Rendering;

namespace StdKit.Tests.Web;

/// <summary>A standard the content tree holds in Word is read in the workbench as it is searched: imported.</summary>
public sealed class WordStandardTests : ContentTest
{
    [Fact]
    public async Task A_Word_standard_of_the_content_tree_has_its_reading_view()
    {
        var markdown = Content.Write("held.md", TempContent.FrontMatter + """
            # 范围

            本文件规定了档案保管服务的要求。

            # 要求

            纸质档案应保存五年。
            """);
        DocxRenderer.Render(Content.Read(markdown), Path.Combine(Content.Root, "held.docx"));
        File.Delete(markdown);
        await using var workbench = new Workbench(Content.Root);

        var response = await workbench.Client.GetAsync(Links.Standard("T/TEST 001—2025"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("纸质档案应保存五年。", html);
    }
}

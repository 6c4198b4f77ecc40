using System.Net;
using StdKit.Tests.Support;
using StdKit.Web.Rendering;

namespace StdKit.Tests.Web;

/// <summary>Markup written into content — titles, text, terms, tables — is shown as text by every page that prints
/// it.</summary>
public sealed class EscapingTests : IAsyncLifetime
{
    public const string Number = "T/TEST 001—2025";
    public const string Attack = "<script>alert(1)</script>\"onerror=alert(1)";

    private readonly TempContent _content = new();
    public Workbench Workbench { get; private set; } = null!;

    internal static void WriteHostileStandard(TempContent content) => content.Write("drafts/hostile.md", $$"""
        ---
        type: group
        number: {{Number}}
        title: 服务规范{{Attack}}
        stage: 征求意见稿
        ---
        # 范围

        本文件规定了服务要求{{Attack}}。

        # 规范性引用文件

        本文件没有规范性引用文件。

        # 术语和定义

        下列术语和定义适用于本文件。

        ## 服务机构{{Attack}} {#term-agency}

        提供服务的组织{{Attack}}。

        # 要求

        服务机构应公开服务承诺{{Attack}}，见[[term-agency]]。

        | 项目 | 说明{{Attack}} |
        |---|---|
        | 时限 | 应在3日内答复{{Attack}} |
        """);

    public Task InitializeAsync()
    {
        WriteHostileStandard(_content);
        Workbench = new Workbench(_content.Root);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await Workbench.DisposeAsync();
        _content.Dispose();
    }

    [Theory]
    [InlineData("/standards/T/TEST 001—2025")]
    [InlineData("/standards/T/TEST 001—2025?view=provisions")]
    [InlineData("/standards")]
    [InlineData("/terms")]
    [InlineData("/?q=服务承诺")]
    [InlineData("/refs?doc=T/TEST 001—2025")]
    public async Task Content_markup_is_escaped(string url)
    {
        var response = await Workbench.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("\"onerror=", html);
        Assert.Contains("&lt;script&gt;", html);
    }
}

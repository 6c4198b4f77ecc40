using System.Net;
using StdKit.Tests.Support;
using StdKit.Web.Rendering;
using StdKit.Web.Routes;

namespace StdKit.Tests.Web;

/// <summary>Bad addresses get clear pages, downloads serve only knowledge-base documents, every answer carries the
/// CSP.</summary>
[Collection(SampleWorkbenchCollection.Name)]
public sealed class SecurityTests(SampleWorkbench sample)
{
    private HttpClient Client => sample.Workbench.Client;

    [Theory]
    [InlineData("/?q=%E6%9C%8D%ZZ")]
    [InlineData("/?q=%FF%FE")]
    [InlineData("/standards/%C3%28")]
    [InlineData("/?q=%E6%9C")]
    public async Task Malformed_percent_encoding_is_a_clear_400_page(string url)
    {
        var (status, body) = await Raw(url);
        Assert.Equal(400, status);
        Assert.Contains("百分号编码有误", body);
    }

    [Fact]
    public async Task A_long_address_is_checked_to_its_end()
    {
        var query = "/?q=" + string.Concat(Enumerable.Repeat("%E6%9C%8D", 300));
        Assert.Equal(200, (await Raw(query)).Status);
        var (status, body) = await Raw(query + "%E6%9C");
        Assert.Equal(400, status);
        Assert.Contains("百分号编码有误", body);
    }

    [Fact]
    public async Task A_query_of_100_kB_sent_to_the_real_server_is_a_clear_400_page()
    {
        var (status, body) = await Raw("/?q=" + new string('a', 100 * 1024));
        Assert.Equal(400, status);
        Assert.Contains("地址太长", body);
    }

    /// <summary>
    /// A request sent byte for byte to the server on its port, as a hand-edited address would arrive: HTTP clients
    /// escape a stray "%" before sending it.
    /// </summary>
    private async Task<(int Status, string Body)> Raw(string target)
    {
        var address = new Uri(await sample.Workbench.AddressAsync());
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(address.Host, address.Port);
        await using var stream = tcp.GetStream();
        await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes(
            $"GET {target} HTTP/1.1\r\nHost: {address.Authority}\r\nConnection: close\r\n\r\n"));
        var answer = await new StreamReader(stream, System.Text.Encoding.UTF8).ReadToEndAsync();
        return (int.Parse(answer.Split(' ')[1]), answer);
    }

    [Fact]
    public async Task A_query_of_100_kB_is_a_clear_400_page()
    {
        var response = await Client.GetAsync("/?q=" + new string('a', 100 * 1024));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("地址太长", await response.Content.ReadAsStringAsync());
        var long600 = await Client.GetAsync(Links.With("/", ("q", new string('服', 600))));
        Assert.Equal(HttpStatusCode.BadRequest, long600.StatusCode);
    }

    [Theory]
    [InlineData("/?q=x&debug=1", "debug")]
    [InlineData("/?q=x&q=y", "q")]
    [InlineData("/?q=x&page=abc", "abc")]
    [InlineData("/?q=x&provision=must", "must")]
    [InlineData("/?q=x&layer=nolayer", "nolayer")]
    [InlineData("/terms?word=x", "word")]
    public async Task Unknown_or_wrong_parameters_are_a_400_page_that_says_which(string url, string named)
    {
        var response = await Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(named, html);
        Assert.Contains("请求有误", html);
    }

    [Theory]
    [InlineData("/download/standard/..%2F..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/download/standard/../../etc/passwd")]
    [InlineData("/standards/..%2Fstdkit.yaml")]
    [InlineData("/download/standard/GB/T 0000—2000")]
    [InlineData("/download/pdf/..%2F..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/download/pdf/GB/T 0000—2000")]
    [InlineData("/figure/1/..%2F..%2Fstdkit.yaml")]
    [InlineData("/systems/..%2F..%2Fetc/download/passwd")]
    [InlineData("/systems/yunnan-sme-centre/download/..%2F..%2Fstdkit.yaml")]
    [InlineData("/systems/yunnan-sme-centre/download/standards%2Fx.docx")]
    [InlineData("/systems/nobody/system.zip")]
    [InlineData("/assets/..%2F..%2Fetc%2Fpasswd")]
    public async Task Downloads_serve_only_documents_of_the_knowledge_base(string url)
    {
        var response = await Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("Exception", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/nowhere")]
    [InlineData("/?q=%ZZ")]
    [InlineData("/assets/site.css")]
    public async Task Every_answer_carries_the_content_security_policy(string url)
    {
        var response = await Client.GetAsync(url);
        Assert.Equal(SecurityHeaders.Policy, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Markup_typed_into_a_query_comes_back_as_text()
    {
        const string Attack = "<script>alert(1)</script>\"onerror=alert(1) '><img src=x onerror=alert(1)>";
        var html = await (await Client.GetAsync(Links.With("/", ("q", Attack)))).Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("<img src=x", html);
        Assert.DoesNotContain("\"onerror=", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
    }
}

using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using StdKit.Tests.Support;
using StdKit.Web.Access;
using StdKit.Web.Rendering;
using static StdKit.Tests.Web.Access.AccessWorkbench;

namespace StdKit.Tests.Web.Access;

/// <summary>
/// 征求意见 in the workbench: who may send a comment, who sees it and the contact details in it, who records the
/// decision, and what bad forms, other agencies' ids and other sites' posts get — nothing written for any of them.
/// </summary>
[Collection(AccessWorkbenchCollection.Name)]
public sealed class CommentTests(AccessWorkbench access)
{
    private string Page => Links.Comments(access.ConsultationOfA);

    private static Dictionary<string, string> Comment(string content, string clause = "4", string unit = "测试单位",
        string contact = "张三 0871-12345678") => new()
    {
        ["clause"] = clause, ["content"] = content, ["suggestion"] = "建议补充。", ["unit"] = unit,
        ["contact"] = contact,
    };

    private IReadOnlyList<StdKit.Web.Comments.PostedComment> Stored()
    {
        using var store = AccountStores.Open(access.Accounts);
        return ((StdKit.Web.Comments.ICommentStore)store).Comments(access.ConsultationOfA, AgencyA);
    }

    private async Task<long> Send(Visitor visitor, string content, string contact = "张三 0871-12345678")
    {
        using var sent = await visitor.Submit(Page, Page, Comment(content, contact: contact));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var location = sent.Headers.Location!.OriginalString;
        Assert.StartsWith(Page + "#comment-", location);
        return long.Parse(location[(location.LastIndexOf("#comment-", StringComparison.Ordinal) + 9)..]);
    }

    [Fact]
    public async Task An_outsider_comments_the_drafting_agency_reads_it_with_the_contact_and_the_public_sees_nothing()
    {
        using var ben = await access.As("ben");
        using var ana = await access.As("ana");
        using var visitor = await access.As(null);
        var id = await Send(ben, "第4章的要求不够具体（本外部单位）。", "李四 13800000000");

        var (_, forBen) = await ben.Read(Page);
        Assert.Contains("第4章的要求不够具体（本外部单位）。", forBen);
        Assert.Contains("我提出的意见", forBen);
        var (_, forAna) = await ana.Read(Page);
        Assert.Contains("第4章的要求不够具体（本外部单位）。", forAna);
        Assert.Contains("李四 13800000000", forAna);
        Assert.Contains($"id=\"comment-{id}\"", forAna);
        var (status, forPublic) = await visitor.Read(Page);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.DoesNotContain("李四", forPublic);
        Assert.DoesNotContain("本外部单位", forPublic);
        Assert.Contains("登录</a>后可以提出意见", forPublic);

        using var store = AccountStores.Open(access.Accounts);
        Assert.Contains(store.AuditLog(50), e => e is { User: "ben", Action: "comment" }
            && e.Target == $"{access.ConsultationOfA}#{id}");
    }

    [Fact]
    public async Task A_reader_of_the_agency_sees_every_comment_but_another_commenter_sees_only_their_own()
    {
        using var ben = await access.As("ben");
        using var dai = await access.As("dai");
        await Send(dai, "本机构起草人的意见。", "王五 0871-000");
        var (_, forBen) = await ben.Read(Page);
        Assert.DoesNotContain("本机构起草人的意见。", forBen);
        Assert.DoesNotContain("王五", forBen);
    }

    [Fact]
    public async Task Only_the_agencys_drafters_record_decisions_and_a_partial_or_refused_one_needs_a_reason()
    {
        using var ben = await access.As("ben");
        using var ana = await access.As("ana");
        using var dai = await access.As("dai");
        var id = await Send(ben, "意见待处理。");
        Dictionary<string, string> Decision(string decision, string reason) => new()
        {
            ["standard"] = access.ConsultationOfA, ["decision"] = decision, ["reason"] = reason,
        };
        var action = Links.CommentDecision(id);

        using (var reader = await ana.Submit(Page, action, Decision("采纳", "")))
            Assert.Equal(HttpStatusCode.Forbidden, reader.StatusCode);
        // ben drafts for the other agency: his role there gives him nothing here.
        using (var outsider = await ben.Submit(Page, action, Decision("采纳", "")))
            Assert.Equal(HttpStatusCode.Forbidden, outsider.StatusCode);
        using (var noReason = await dai.Submit(Page, action, Decision("未采纳", "")))
            Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        using (var unknown = await dai.Submit(Page, action, Decision("同意", "x")))
            Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Null(Stored().Single(c => c.Id == id).Decision);

        using (var decided = await dai.Submit(Page, action, Decision("未采纳", "与GB/T 1.1的规定不一致。")))
            Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        var (_, forBen) = await ben.Read(Page);
        Assert.Contains("未采纳", forBen);
        Assert.Contains("与GB/T 1.1的规定不一致。", forBen);
        using var store = AccountStores.Open(access.Accounts);
        Assert.Contains(store.AuditLog(50), e => e is { User: "dai", Action: "comment-decide" });
    }

    [Fact]
    public async Task A_comment_id_is_found_only_through_its_own_standard()
    {
        using var ben = await access.As("ben");
        using var dai = await access.As("dai");
        var idOnB = await Send(ben, "另一机构的意见。");
        // dai drafts for A; naming A's standard with the id of a comment on it works, any other standard does not.
        using var wrong = await dai.Submit(Page, Links.CommentDecision(idOnB + 100_000), new()
        {
            ["standard"] = access.ConsultationOfA, ["decision"] = "采纳", ["reason"] = "",
        });
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        using var hidden = await dai.Submit(Page, Links.CommentDecision(idOnB), new()
        {
            ["standard"] = access.DraftOfB, ["decision"] = "采纳", ["reason"] = "",
        });
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Null(Stored().Single(c => c.Id == idOnB).Decision);
    }

    [Theory]
    [InlineData("", "4", "测试单位", "请填写意见内容")]
    [InlineData("内容", "99.9", "测试单位", "请从列表中选择")]
    [InlineData("内容", "4", "", "请填写提出单位")]
    public async Task A_form_with_a_problem_is_shown_again_with_what_to_fix_and_nothing_is_kept(string content,
        string clause, string unit, string message)
    {
        using var ben = await access.As("ben");
        var before = Stored().Count;
        using var response = await ben.Submit(Page, Page, Comment(content, clause, unit));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Equal(before, Stored().Count);
    }

    [Fact]
    public async Task A_long_comment_script_in_it_and_a_post_from_another_site_are_handled()
    {
        using var ben = await access.As("ben");
        var before = Stored().Count;
        using (var tooLong = await ben.Submit(Page, Page, Comment(new string('长', 2001))))
            Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        using (var forged = await ben.Submit(Page, Page, Comment("无令牌"), token: false))
            Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(before, Stored().Count);

        await Send(ben, "<script>alert(1)</script>\"onerror=");
        using var raw = await ben.Get(Page);
        var html = await raw.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert(1)", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
    }

    [Fact]
    public async Task A_published_standard_takes_no_comment_and_a_hidden_draft_is_missing()
    {
        using var ben = await access.As("ben");
        using var kb = access.Workbench.Database.Open();
        var number = kb.Standards().First(s => s.Stage == Model.Metadata.DraftStage.Published).Number;
        var page = Links.Comments(number);
        using (var closed = await ben.Submit(Page, page, Comment("已发布")))
            Assert.Equal(HttpStatusCode.BadRequest, closed.StatusCode);
        var (status, _) = await ben.Read(Links.Comments(access.DraftOfA));
        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [Fact]
    public async Task The_comment_table_is_for_the_agencys_members_and_is_a_valid_word_file()
    {
        using var ben = await access.As("ben");
        using var ana = await access.As("ana");
        await Send(ben, "汇总表中的意见。");
        var table = Links.CommentTable(access.ConsultationOfA);
        using (var outsider = await ben.Get(table))
            Assert.Equal(HttpStatusCode.Forbidden, outsider.StatusCode);
        using var response = await ana.Get(table);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var word = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()),
            false);
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(word)
            .Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10)));
        var text = word.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("意见汇总处理表", text);
        Assert.Contains("汇总表中的意见。", text);
    }

    [Fact]
    public async Task The_reading_view_of_a_consultation_draft_links_to_its_comments()
    {
        using var visitor = await access.As(null);
        var (_, page) = await visitor.Read(Links.Standard(access.ConsultationOfA));
        Assert.Contains($"href=\"{Links.Comments(access.ConsultationOfA)}\"", page);
    }
}

using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using StdKit.Build.Committee;
using StdKit.Generator.Committee;
using StdKit.Model.Committee;
using StdKit.Model.Metadata;
using StdKit.Search.Knowledge;
using StdKit.Web.Access;
using StdKit.Web.Comments;
using StdKit.Web.Library;
using StdKit.Web.Pages;
using StdKit.Web.Rendering;

namespace StdKit.Web.Routes;

/// <summary>
/// 征求意见 in the workbench, where it has accounts: a signed-in reader sends comments on a 征求意见稿 clause by
/// clause; the drafting agency's members read them all with who sent them, its drafters and administrators record
/// 处理意见 and download the 意见汇总处理表; anyone else sees only their own. Every write is in the audit log.
/// </summary>
public static class CommentRoutes
{
    public const string Prefix = "/comments";

    public static void Map(WebApplication app)
    {
        if (app.Services.GetService<ICommentStore>() is null) return;

        app.MapGet(Prefix + "/{**number}", (string number, HttpContext http, IAntiforgery antiforgery,
            KnowledgeBaseAccess kb, StandardDocuments documents, ICommentStore store, AccessPolicy access) =>
        {
            if (StandardRoutes.Find(kb, access, number) is not { } listed)
                return StandardRoutes.UnknownStandard(number);
            return Page(http, antiforgery, documents.Read(listed), store, access, CommentDraft.Empty, [],
                StatusCodes.Status200OK);
        }).Allow();

        app.MapPost(Prefix + "/{**number}", async (string number, HttpContext http, IAntiforgery antiforgery,
            KnowledgeBaseAccess kb, StandardDocuments documents, ICommentStore store, AccessPolicy access,
            AuditLog audit) =>
        {
            if (await Forms.Refused(http, antiforgery, "意见页面") is { } refused) return refused;
            if (StandardRoutes.Find(kb, access, number) is not { } listed)
                return StandardRoutes.UnknownStandard(number);
            var read = documents.Read(listed);
            if (access.User is not { } user) return Results.Redirect(SignInTo(listed.Number));
            if (read.Standard.Metadata.Stage != DraftStage.ConsultationDraft)
                return PageResults.BadRequest($"{listed.Number}现在是{read.Standard.Metadata.Stage.ChineseName()}，不再征求意见",
                    "只有征求意见稿可以提出意见；请与起草单位联系。");
            var (draft, problems) = CommentDraft.Read(await http.Request.ReadFormAsync(), Clauses(read));
            if (problems.Count > 0)
                return Page(http, antiforgery, read, store, access, draft, problems, StatusCodes.Status400BadRequest);
            var posted = store.Post(new PostedComment(0, listed.Number, access.OwnerOf(listed) ?? "", draft.Clause,
                    draft.Content, draft.Suggestion, draft.Unit, draft.Contact, user, DateTimeOffset.UtcNow),
                audit.Entry(http, user, "comment", listed.Number));
            return Results.Redirect($"{Links.Comments(listed.Number)}#comment-{posted.Id}", preserveMethod: false);
        }).RequireRateLimiting(AccessServices.CommentPolicy);

        app.MapPost("/comment-decisions/{id:long}", async (long id, HttpContext http, IAntiforgery antiforgery,
            KnowledgeBaseAccess kb, ICommentStore store, AccessPolicy access, AuditLog audit) =>
        {
            var form = http.Request.HasFormContentType ? await http.Request.ReadFormAsync() : null;
            var number = form?["standard"].ToString() ?? "";
            if (await Forms.Refused(http, antiforgery, "意见页面") is { } refused) return refused;
            // A comment is found through a standard the user may open: an id alone opens nothing.
            if (StandardRoutes.Find(kb, access, number) is not { } listed)
                return StandardRoutes.UnknownStandard(number);
            var agency = access.OwnerOf(listed) ?? "";
            if (!access.MayDecideCommentsOf(agency))
                return PageResults.Error(StatusCodes.Status403Forbidden, "只有起草单位的起草人和管理员可以处理意见",
                    "阅读者可以看到意见和处理结果；需要处理意见请联系本机构的管理员分配角色。");
            var reason = form!["reason"].ToString().Trim();
            if (!DecisionNames.TryParse(form["decision"].ToString(), out var decision)
                || reason.Length > CommentDraft.MaxText || (decision.NeedsReason() && reason.Length == 0))
                return PageResults.BadRequest("处理意见不完整",
                    $"请选择{string.Join("、", DecisionNames.All)}之一；部分采纳和未采纳须写明理由（{CommentDraft.MaxText}字以内）。");
            if (!store.Decide(id, listed.Number, agency, decision, reason,
                    audit.Entry(http, access.User, "comment-decide", listed.Number)))
                return PageResults.NotFound($"{listed.Number}没有第{id}号意见", "请从意见页面处理意见。");
            return Results.Redirect($"{Links.Comments(listed.Number)}#comment-{id}", preserveMethod: false);
        });

        app.MapGet("/comment-table/{**number}", (string number, KnowledgeBaseAccess kb, StandardDocuments documents,
            ICommentStore store, AccessPolicy access) =>
        {
            if (StandardRoutes.Find(kb, access, number) is not { } listed)
                return StandardRoutes.UnknownStandard(number);
            var agency = access.OwnerOf(listed) ?? "";
            if (!access.MaySeeCommentsOf(agency))
                return PageResults.Error(StatusCodes.Status403Forbidden, "意见汇总处理表只供起草单位的成员下载",
                    "您提出的意见及其处理结果可在意见页面查看。");
            var standard = documents.Read(listed).Standard;
            var order = new ClauseReferences(standard);
            var comments = store.Comments(listed.Number, agency).Select(c => c.ToComment())
                .OrderBy(c => order.Position(c.Clause)).ToList();
            var bytes = StandardRoutes.Temporary(path => CommentTableDocument.Write(path, standard.Metadata,
                DraftStage.ConsultationDraft, comments), ".docx");
            return Results.File(bytes, StandardRoutes.DocxType,
                StandardRoutes.FileName($"{listed.Number} 意见汇总处理表") + ".docx");
        }).Allow();
    }

    private static IResult Page(HttpContext http, IAntiforgery antiforgery, ReadStandard read, ICommentStore store,
        AccessPolicy access, CommentDraft draft, IReadOnlyList<string> problems, int status)
    {
        var agency = access.OwnerOf(read.Listed) ?? "";
        var all = store.Comments(read.Listed.Number, agency);
        var members = access.MaySeeCommentsOf(agency);
        return PageResults.Page<CommentsPage>(new
        {
            Read = read,
            Token = Forms.Token(http, antiforgery),
            Comments = members ? all : all.Where(c => c.User == access.User).ToList(),
            AllShown = members,
            MayDecide = access.MayDecideCommentsOf(agency),
            SignedIn = access.User is not null,
            Open = read.Standard.Metadata.Stage == DraftStage.ConsultationDraft,
            Clauses = Clauses(read),
            Draft = draft,
            Problems = problems,
            SignIn = SignInTo(read.Listed.Number),
        }, status);
    }

    private static IReadOnlyList<string> Clauses(ReadStandard read) => new ClauseReferences(read.Standard).Labels;

    private static string SignInTo(string number) =>
        Links.With(SignInRoutes.SignIn, ("returnUrl", Links.Comments(number)));
}

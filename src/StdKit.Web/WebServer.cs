using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StdKit.Content.Project;
using StdKit.Web.Access;
using StdKit.Web.Library;
using StdKit.Web.Rendering;
using StdKit.Web.Routes;

namespace StdKit.Web;

/// <summary>
/// <c>stdkit serve</c>: the workbench — search, reading view, systems and their self-evaluations, term base and
/// citations — over one knowledge
/// base and its content tree, in one warm process. Bound to the loopback address unless told otherwise.
/// </summary>
public static class WebServer
{
    public const string DefaultUrl = "http://127.0.0.1:5170";

    /// <param name="configure">Lets a test host the server in memory or on a port of its choosing.</param>
    public static WebApplication Create(WorkbenchOptions options, Action<WebApplicationBuilder>? configure = null)
    {
        // Both are opened before the server starts: a missing knowledge base or content tree is a user mistake now,
        // not a failure on the first request.
        var project = ContentProject.Load(options.Content);
        var access = new KnowledgeBaseAccess(options.Database);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName =
            typeof(WebServer).Assembly.GetName().Name });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            // Long addresses (up to 256 kB) reach the request guard, which answers them with a page, not a bare 414.
            kestrel.Limits.MaxRequestLineSize = RequestGuard.MaxTarget * 16;
            kestrel.Limits.MaxRequestHeadersTotalSize = RequestGuard.MaxTarget * 17;
            kestrel.AddServerHeader = false;
        });
        builder.WebHost.UseUrls(DefaultUrl);
        builder.Services.AddSingleton(access);
        builder.Services.AddSingleton(new StandardDocuments(project));
        builder.Services.AddSingleton<ReadingViews>();
        builder.Services.AddHostedService(services => new ReadingWarmUp(access,
            services.GetRequiredService<StandardDocuments>(), services.GetRequiredService<ReadingViews>(),
            AccessPolicy.Visitor(options.Accounts is not null, project.DefaultAgency.Id)));
        builder.Services.AddSingleton<PrintedStandards>();
        builder.Services.AddSingleton<Evaluations>();
        builder.Services.AddSingleton<HtmlEncoder>(HtmlText.Encoder);
        builder.Services.AddRazorComponents();
        AccessServices.Add(builder.Services, options, project.DefaultAgency.Id);
        PageCache.Add(builder.Services, () => access.Generation);
        configure?.Invoke(builder);

        var app = builder.Build();
        app.Lifetime.ApplicationStopped.Register(access.Dispose);
        options.Proxies.Use(app);
        app.UseMiddleware<SecurityHeaders>();
        app.UseMiddleware<ErrorPages>();
        app.UseMiddleware<RequestGuard>();
        AccessServices.Use(app);
        app.UseOutputCache();
        AssetRoutes.Map(app);
        HealthRoutes.Map(app);
        SignInRoutes.Map(app);
        CommentRoutes.Map(app);
        SearchRoutes.Map(app);
        StandardRoutes.Map(app);
        SystemRoutes.Map(app);
        EvaluationRoutes.Map(app);
        TermRoutes.Map(app);
        ReferenceRoutes.Map(app);
        app.MapFallback(() => PageResults.NotFound("没有这个页面", "请从上方的导航进入检索、标准、体系、术语或引用。"));
        return app;
    }
}

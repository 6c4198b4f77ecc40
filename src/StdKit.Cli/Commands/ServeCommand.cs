using StdKit.Model.Diagnostics;
using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StdKit.Search;
using StdKit.Web;
using StdKit.Web.Access;

namespace StdKit.Cli.Commands;

/// <summary><c>stdkit serve</c>: the workbench in a browser, over the knowledge base and the content tree.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var port = new Option<int?>("--port") { Description = "端口（默认 5170），只在本机 127.0.0.1 上提供服务" };
        var urls = new Option<string?>("--urls")
        {
            Description = "监听地址，如 http://0.0.0.0:8080（让其他计算机访问；须有账户库，见 README）",
        };
        var accounts = new Option<string?>("--accounts")
        {
            Description = "账户库：SQLite 文件或 PostgreSQL 连接字符串（默认：知识库旁的 accounts.db，若存在）；有账户库时须登录才能看到本机构的草案和自评",
        };
        var proxies = new Option<string[]>("--trusted-proxy")
        {
            Description = "反向代理的地址或网段（如 10.0.0.5、10.0.0.0/24），可重复；只相信它们转发的 X-Forwarded-For/-Proto",
            AllowMultipleArgumentsPerToken = false,
        };
        var content = new Option<string?>("--content") { Description = "内容目录（默认当前目录所在的内容库）" };
        var database = KnowledgeBaseOptions.Database();
        var command = new Command("serve", "在浏览器中检索、阅读和检查标准：启动本机的标准工作台")
        {
            port, urls, content, database.Database, database.Index, accounts, proxies,
        };
        command.SetAction(result => CommandRunner.Run(() =>
        {
            var trusted = TrustedProxies.Parse(result.GetValue(proxies) ?? []);
            var db = database.Location(result);
            var root = result.GetValue(content) ?? KnowledgeBaseOptions.DefaultContent;
            if (!Directory.Exists(root))
                throw new UserError($"no content tree at {root}", "give the content folder with --content");
            var address = result.GetValue(urls)
                ?? (result.GetValue(port) is { } p ? $"http://127.0.0.1:{p}" : WebServer.DefaultUrl);
            var store = result.GetValue(accounts) ?? AccountStores.Existing(db);
            ListenAddress.Check(address, store is not null);
            // Fills the knowledge base first when there is none yet, as search does.
            KnowledgeBaseOptions.Open(db).Dispose();
            var options = new WorkbenchOptions(db, root)
            {
                Accounts = store,
                Oidc = OidcSettings.FromEnvironment(Environment.GetEnvironmentVariable),
                Proxies = trusted,
            };
            using var app = WebServer.Create(options, builder => builder.WebHost.UseUrls(address));
            try
            {
                app.StartAsync().GetAwaiter().GetResult();
            }
            catch (IOException e)
            {
                throw new UserError($"cannot listen on {address}: {e.Message}",
                    "give another port with --port, or stop the program using it", FailureKind.Environment);
            }
            var bound = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
                .Features.Get<IServerAddressesFeature>()?.Addresses ?? [address];
            foreach (var url in bound) Console.WriteLine($"StdKit 标准工作台：{url}");
            Console.WriteLine(store is null ? "没有账户库：只有本机可以访问，能看到知识库中的全部内容。"
                : $"账户库：{app.Services.GetRequiredService<IAccountStore>().Location}；未登录者只能看到公开的标准和草案。");
            Console.WriteLine("按 Ctrl+C 停止。");
            app.WaitForShutdownAsync().GetAwaiter().GetResult();
            return 0;
        }));
        return command;
    }
}

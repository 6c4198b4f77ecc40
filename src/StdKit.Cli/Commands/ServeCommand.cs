using StdKit.Model.Diagnostics;
using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StdKit.Search;
using StdKit.Web;

namespace StdKit.Cli.Commands;

/// <summary><c>stdkit serve</c>: the workbench in a browser, over the knowledge base and the content tree.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var port = new Option<int?>("--port") { Description = "端口（默认 5170），只在本机 127.0.0.1 上提供服务" };
        var urls = new Option<string?>("--urls")
        {
            Description = "监听地址，如 http://0.0.0.0:8080（让局域网中的其他计算机访问；没有登录和权限控制，见 README）",
        };
        var content = new Option<string?>("--content") { Description = "内容目录（默认当前目录所在的内容库）" };
        var database = KnowledgeBaseOptions.Database();
        var command = new Command("serve", "在浏览器中检索、阅读和检查标准：启动本机的标准工作台") { port, urls, content, database.Database, database.Index };
        command.SetAction(result => CommandRunner.Run(() =>
        {
            var db = database.Location(result);
            var root = result.GetValue(content) ?? KnowledgeBaseOptions.DefaultContent;
            if (!Directory.Exists(root))
                throw new UserError($"no content tree at {root}", "give the content folder with --content");
            // Fills the knowledge base first when there is none yet, as search does.
            KnowledgeBaseOptions.Open(db).Dispose();
            var address = result.GetValue(urls) ?? (result.GetValue(port) is { } p ? $"http://127.0.0.1:{p}" : WebServer.DefaultUrl);
            using var app = WebServer.Create(new WorkbenchOptions(db, root), builder => builder.WebHost.UseUrls(address));
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
            if (result.GetValue(urls) is not null)
                Console.WriteLine("注意：工作台没有登录和权限控制；用 --urls 让其他计算机访问时，能访问该地址的人都能读取知识库中的全部标准。");
            Console.WriteLine("按 Ctrl+C 停止。");
            app.WaitForShutdownAsync().GetAwaiter().GetResult();
            return 0;
        }));
        return command;
    }
}

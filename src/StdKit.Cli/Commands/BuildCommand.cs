using System.CommandLine;
using Spectre.Console;
using StdKit.Build;
using StdKit.Content.Project;
using StdKit.Model.Diagnostics;

namespace StdKit.Cli.Commands;

/// <summary>
/// <c>stdkit build</c>: an agency's whole standards system — every standard it needs, numbered and filled with its
/// facts, and the system's own documents — into <c>out/&lt;agency&gt;/</c>.
/// </summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var agency = new Option<string?>("--agency") { Description = "机构档案（agencies/ 中的名称）；默认为示例机构" };
        var all = new Option<bool>("--all") { Description = "为 agencies/ 中的全部机构生成" };
        var output = new Option<string>("--out") { Description = "输出文件夹", DefaultValueFactory = _ => "out" };
        var content = new Option<string>("--content") { Description = "内容文件夹", DefaultValueFactory = _ => "content" };
        var pdf = new Option<bool>("--pdf") { Description = "同时用 LibreOffice 生成 PDF" };
        var manual = new Option<bool>("--manual") { Description = "另将整套体系合订为一册标准汇编（封面、总目次、结构图、明细表和全部标准）" };
        var command = new Command("build", "为服务机构生成整套标准体系：各项标准、结构图、明细表、统计表和编制说明")
        {
            agency, all, output, content, pdf, manual,
        };
        command.Validators.Add(r =>
        {
            if (r.GetValue(all) && r.GetValue(agency) is not null)
                r.AddError("--all and --agency exclude each other: " +
                    "give --agency <id> for one agency or --all for every one");
        });
        command.SetAction(result => CommandRunner.Run(() =>
        {
            var root = ContentProject.FindRoot(result.GetValue(content)!)
                ?? throw new UserError(SourceLocation.Whole(result.GetValue(content)!), "no content tree here",
                    "run from the folder that holds content/stdkit.yaml, or give --content");
            var project = ContentProject.Load(root);
            var agencies = result.GetValue(all)
                ? Directory.EnumerateFiles(project.AgenciesFolder, "*.yaml")
                    .Order(StringComparer.Ordinal)
                    .Select(f => project.Agency(f))
                    .ToList()
                : [result.GetValue(agency) is { } id ? project.Agency(id) : project.DefaultAgency];
            var planner = new SystemPlanner(project);
            // Plan every agency first: a mistake anywhere stops the build before any file is written.
            var plans = agencies.Select(a => planner.Plan(a, result.GetValue(pdf))).ToList();
            foreach (var plan in plans)
            {
                var report = Console.IsOutputRedirected
                    ? WritePlain(plan, result.GetValue(output)!)
                    : WriteWithProgress(plan, result.GetValue(output)!);
                foreach (var warning in report.Warnings) Console.Error.WriteLine(warning);
                Console.WriteLine($"{plan.Agency.Name}：标准{report.Standards}项，" +
                    $"体系文件{plan.Outputs.Count - report.Standards}份；" +
                    $"新写{report.Written}个文件，未变{report.Unchanged}个" +
                    $"{(report.Removed > 0 ? $"，删除{report.Removed}个" : "")} → {report.Folder}");
                if (result.GetValue(manual))
                    Console.WriteLine("标准汇编 → " +
                        string.Join(" 和 ", ManualWriter.Write(plan, result.GetValue(output)!, result.GetValue(pdf))));
            }
            return 0;
        }));
        return command;
    }

    private static BuildReport WritePlain(SystemPlan plan, string output) =>
        SystemWriter.Write(plan, output,
            (file, written) => Console.WriteLine($"{(written ? "写入" : "未变")} {file.File}"));

    private static BuildReport WriteWithProgress(SystemPlan plan, string output)
    {
        BuildReport? report = null;
        AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn())
            .Start(context =>
            {
                var task = context.AddTask(Markup.Escape(plan.Agency.Name), maxValue: plan.Outputs.Count);
                report = SystemWriter.Write(plan, output, (_, _) => task.Increment(1));
            });
        return report!;
    }
}

using System.CommandLine;
using StdKit.Build.Committee;
using StdKit.Content.Reading;
using StdKit.Model.Diagnostics;
using StdKit.Model.Metadata;

namespace StdKit.Cli.Commands;

/// <summary><c>stdkit package</c>: what a drafting group hands on at one stage, in one folder.</summary>
public static class PackageCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("committee") { Description = "起草组文件夹（含 committee.yaml）" };
        var stage = new Option<string>("--stage") { Description = "阶段：征求意见稿、送审稿或报批稿", Required = true };
        var comments = new Option<string[]>("--comments")
        {
            Description = "意见文件（.csv、.xlsx、.yaml 或返回的征求意见表 .docx），针对上一阶段；可多次给出",
            AllowMultipleArgumentsPerToken = true,
        };
        var output = new Option<string?>("--output", "-o") { Description = "输出文件夹（默认 out/package/<起草组>/<阶段>）" };
        var pdf = new Option<bool>("--pdf") { Description = "标准文本同时生成 PDF（需要 LibreOffice）" };
        var command = new Command("package", "生成一个阶段的全套材料：标准文本、编制说明、征求意见表或意见汇总处理表、修改对照表")
        {
            folder, stage, comments, output, pdf,
        };
        command.SetAction(result => CommandRunner.Run(() =>
        {
            var path = result.GetValue(folder)!;
            if (File.Exists(path))
                throw new UserError(new SourceLocation(DisplayPath.Of(path), 1),
                    "package takes the drafting group's folder, not a file",
                    $"give the folder that holds {CommitteeFolder.FileName} (docs/committee.md)");
            var committee = CommitteeFolder.Read(path);
            var s = committee.Stage(result.GetValue(stage)!);
            var package = new StagePackage(committee, s, result.GetValue(comments) ?? []);
            var target = result.GetValue(output)
                ?? Path.Combine("out", "package", Path.GetFileName(Path.GetFullPath(path).TrimEnd('/')),
                    s.ChineseName());
            foreach (var warning in package.Write(target, result.GetValue(pdf))) Console.Error.WriteLine(warning);
            Console.WriteLine($"已生成 {target}（{s.ChineseName()}，{Directory.GetFiles(target).Length}个文件）");
            if (package.Comments.Count > 0)
                Console.WriteLine(Model.Committee.CommentCounts.Of(package.Comments).Sentence);
            return 0;
        }));
        return command;
    }
}

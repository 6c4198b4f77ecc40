using System.CommandLine;
using StdKit.Build.Committee;
using StdKit.Build.Committee.Changes;
using StdKit.Generator.Committee;
using StdKit.Model.Metadata;

namespace StdKit.Cli.Commands;

/// <summary><c>stdkit compare</c>: the changes between two versions of a standard, clause by clause.</summary>
public static class CompareCommand
{
    public static Command Create()
    {
        var older = new Argument<string>("old") { Description = "较早的版本：文件，或 git 版本:文件（如 v1.0:content/drafts/x.md）" };
        var newer = new Argument<string>("new") { Description = "较新的版本：文件，或 git 版本:文件" };
        var output = new Option<string?>("--output", "-o") { Description = "同时写出修改对照表（.docx）" };
        var preface = new Option<bool>("--preface") { Description = "起草前言中“主要技术变化”一段（修订已发布的标准时）" };
        var command = new Command("compare", "逐条比较标准的两个版本：修改、新增、删除和移动（跟随重新编号）")
        {
            older, newer, output, preface,
        };
        command.SetAction(result => CommandRunner.Run(() =>
        {
            var versions = new StandardVersions();
            var before = versions.Read(result.GetValue(older)!);
            var after = versions.Read(result.GetValue(newer)!);
            var changes = StageComparison.Compare(before, after);
            var oldName = Name(before.Metadata, result.GetValue(older)!);
            var newName = Name(after.Metadata, result.GetValue(newer)!);
            if (oldName == newName) (oldName, newName) = ($"{oldName}（原）", $"{newName}（新）");
            Console.Write(ChangeReport.Text(changes, oldName, newName));
            if (result.GetValue(preface))
            {
                Console.WriteLine();
                Console.Write(ChangeReport.PrefaceDraft(changes, before.Metadata.Number));
            }
            if (result.GetValue(output) is { } docx)
            {
                ChangeTableDocument.Write(docx, after.Metadata, oldName, newName, changes);
                Console.WriteLine($"已生成 {docx}");
            }
            return 0;
        }));
        return command;
    }

    /// <summary>A draft by its stage, a published standard by its edition.</summary>
    private static string Name(StandardMetadata metadata, string given) => metadata.Stage != DraftStage.Published
        ? metadata.Stage.ChineseName()
        : metadata.Number.Year is { } year ? $"{year}年版" : given;
}

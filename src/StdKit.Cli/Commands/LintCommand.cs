using System.CommandLine;
using System.Text.Json;
using StdKit.Checker;
using StdKit.Checker.Core;
using StdKit.Content.Reading;
using StdKit.Model.Diagnostics;
using StdKit.Model.Documents;

namespace StdKit.Cli.Commands;

/// <summary><c>stdkit lint</c>: checks standards against GB/T 1.1-2020, one by one and as a system.</summary>
public static class LintCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "要检查的标准文件或文件夹（默认 content）", Arity = ArgumentArity.ZeroOrMore,
        };
        var agency = new Option<string?>("--agency") { Description = "填入模板的机构档案（agencies/ 中的名称或 .yaml 路径）" };
        var format = new Option<string>("--format")
        {
            Description = "输出格式：text 或 json", DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var rules = new Option<bool>("--rules") { Description = "列出全部检查规则" };
        var command = new Command("lint", "按 GB/T 1.1—2020 检查标准的结构、用语、条款、引用和术语") { paths, agency, format, rules };
        command.SetAction(result => CommandRunner.Run(() =>
        {
            if (result.GetValue(rules))
            {
                foreach (var rule in Linter.Default.Rules)
                    Console.WriteLine(
                        $"{rule.Id}  {(rule.Severity == Severity.Error ? "error  " : "warning")}  {rule.Description}");
                return 0;
            }
            var given = result.GetValue(paths) is { Length: > 0 } p ? p : ["content"];
            var content = ContentInput.Read(given, result.GetValue(agency));
            var findings = Linter.Default.Check(content.Standards, content.Project?.DisabledRules ?? [],
                RestOfSystem(content, given, result.GetValue(agency)));
            if (result.GetValue(format) == "json")
                Console.WriteLine(JsonSerializer.Serialize(findings.Select(ToJson), KnowledgeBaseOptions.Json));
            else
            {
                foreach (var finding in findings) Console.WriteLine(finding);
                Console.WriteLine($"{content.Standards.Count} 个标准：{Count(findings, Severity.Error)} 个错误，" +
                    $"{Count(findings, Severity.Warning)} 个警告");
            }
            return findings.Any(f => f.Severity == Severity.Error) ? CommandRunner.Findings : 0;
        }));
        return command;
    }

    /// <summary>
    /// When some files of a content tree are checked, the tree's other standards: what they cite may be there. A
    /// mistake elsewhere in the tree is not this check's to report, and leaves the rest out.
    /// </summary>
    private static IReadOnlyList<Standard> RestOfSystem(ContentSet content, IReadOnlyList<string> given, string? agency)
    {
        if (content.Project is not { } project
            || given.Any(p => Path.GetFullPath(p).TrimEnd('/') == Path.GetFullPath(project.Root).TrimEnd('/')))
            return [];
        var checkedFiles = content.Standards.Select(s => s.SourcePath).ToHashSet();
        try
        {
            return ContentInput.Read(DisplayPath.Of(project.Root), agency).Standards
                .Where(s => !checkedFiles.Contains(s.SourcePath)).ToList();
        }
        catch (UserError)
        {
            return [];
        }
    }

    private static int Count(IEnumerable<Finding> findings, Severity severity) =>
        findings.Count(f => f.Severity == severity);

    private static object ToJson(Finding f) => new
    {
        rule = f.Rule,
        severity = f.Severity == Severity.Error ? "error" : "warning",
        file = f.Location.File,
        line = f.Location.Line,
        clause = f.Clause,
        message = f.Message,
        fix = f.Fix,
    };
}

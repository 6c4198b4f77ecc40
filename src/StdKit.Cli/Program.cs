using System.CommandLine;
using System.Text;
using StdKit.Cli.Commands;

Console.OutputEncoding = Encoding.UTF8;

var root = new RootCommand("StdKit：用结构化内容编写、编号和检查标准（GB/T 1.1—2020）")
{
    OutlineCommand.Create(),
    RenderCommand.Create(),
    LintCommand.Create(),
    IndexCommand.Create(),
    SearchCommand.Create(),
    TermsCommand.Create(),
    RefsCommand.Create(),
    BuildCommand.Create(),
    ImportCommand.Create(),
    EvaluateCommand.Create(),
    PackageCommand.Create(),
    CompareCommand.Create(),
    ServeCommand.Create(),
    AccountCommand.Create(),
};
var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    var command = parsed.CommandResult.Command == root ? "" : parsed.CommandResult.Command.Name;
    return CommandRunner.Usage(parsed.Errors.Select(e => e.Message), command);
}
return parsed.Invoke();

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
    PackageCommand.Create(),
    CompareCommand.Create(),
    ServeCommand.Create(),
};
return root.Parse(args).Invoke();

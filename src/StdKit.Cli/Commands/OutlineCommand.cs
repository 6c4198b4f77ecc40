using System.CommandLine;
using StdKit.Generator.Outline;

namespace StdKit.Cli.Commands;

/// <summary><c>stdkit outline</c>: the numbered structure of one standard, or of every standard in a folder.</summary>
public static class OutlineCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "标准内容文件（.md），或包含多个标准的文件夹" };
        var agency = new Option<string?>("--agency") { Description = "填入模板的机构档案（agencies/ 中的名称或 .yaml 路径）" };
        var command = new Command("outline", "打印标准的编号结构：章、条、列项、注、表、图、术语") { path, agency };
        command.SetAction(result => CommandRunner.Run(() =>
        {
            var standards = ContentInput.Read(result.GetValue(path)!, result.GetValue(agency)).Standards;
            for (var i = 0; i < standards.Count; i++)
            {
                if (i > 0) Console.WriteLine();
                Console.Write(OutlineWriter.Write(standards[i]));
            }
            return 0;
        }));
        return command;
    }
}

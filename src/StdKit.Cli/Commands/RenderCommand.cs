using System.CommandLine;
using StdKit.Generator;
using StdKit.Model.Diagnostics;

namespace StdKit.Cli.Commands;

/// <summary><c>stdkit render</c>: one standard as a .docx in the GB/T 1.1-2020 layout.</summary>
public static class RenderCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("standard") { Description = "标准内容文件（.md）" };
        var agency = new Option<string?>("--agency") { Description = "填入模板的机构档案（agencies/ 中的名称或 .yaml 路径）" };
        var output = new Option<string?>("--output", "-o") { Description = "输出的 .docx 文件（默认 out/<文件名>.docx）" };
        var pdf = new Option<bool>("--pdf") { Description = "同时用 LibreOffice 生成 PDF（目次带页码）" };
        var command = new Command("render", "把一个标准生成为 GB/T 1.1—2020 版式的 Word 文件（可选 PDF）") { file, agency, output, pdf };
        command.SetAction(result => CommandRunner.Run(() =>
        {
            var path = result.GetValue(file)!;
            if (Directory.Exists(path))
                throw new UserError(new SourceLocation(path, 1), "render takes one standard, not a folder",
                    "name a .md file");
            var standard = ContentInput.Read(path, result.GetValue(agency)).Standards.Single();
            var target = result.GetValue(output)
                ?? Path.Combine("out", Path.ChangeExtension(Path.GetFileName(path), ".docx"));
            var pdfTarget = result.GetValue(pdf) ? Path.ChangeExtension(target, ".pdf") : null;
            foreach (var warning in StandardPublisher.Publish(standard, target, pdfTarget))
                Console.Error.WriteLine(warning);
            Console.WriteLine($"已生成 {target}{(pdfTarget is null ? "" : " 和 " + pdfTarget)}");
            return 0;
        }));
        return command;
    }
}

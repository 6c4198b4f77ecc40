using System.CommandLine;
using System.Text.Json;
using StdKit.Generator;
using StdKit.Import;

namespace StdKit.Cli.Commands;

/// <summary><c>stdkit import</c>: a standard from a Word file or extracted text, as a content file and a
/// report.</summary>
public static class ImportCommand
{
    // The commands' JSON, with the report's kinds as words.
    private static readonly JsonSerializerOptions Json = new(KnowledgeBaseOptions.Json)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "要导入的 Word 文件（.docx）或从 Word 提取的文本（.txt）" };
        var output = new Option<string?>("--output", "-o") { Description = "写出的标准内容文件（默认：当前文件夹下 <文件名>.md）" };
        var figures = new Option<string?>("--figures") { Description = "提取的图片存放的文件夹（默认：内容文件旁的 figures/）" };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出导入报告" };
        var command = new Command("import", "把 Word 文件或提取的文本转为标准内容文件，并报告识别、推断和未能放置的内容")
            { file, output, figures, json };
        command.SetAction(result => CommandRunner.Run(() =>
        {
            var source = result.GetValue(file)!;
            var target = result.GetValue(output) ?? Path.GetFileNameWithoutExtension(source) + ".md";
            var targetFolder = Path.GetDirectoryName(Path.GetFullPath(target))!;
            var figureFolder = Path.GetFullPath(result.GetValue(figures) ?? Path.Combine(targetFolder, "figures"));
            var relative = Path.GetRelativePath(targetFolder, figureFolder).Replace('\\', '/');
            var imported = Importer.Import(source, relative, Path.GetFileNameWithoutExtension(target));
            foreach (var f in imported.Files)
                AtomicFile.Write(Path.Combine(targetFolder, f.Path), temp => File.WriteAllBytes(temp, f.Bytes));
            AtomicFile.Write(target, temp => File.WriteAllText(temp, imported.Content));
            if (result.GetValue(json))
                Console.WriteLine(JsonSerializer.Serialize(new
                {
                    output = target,
                    figures = imported.Files.Select(f => f.Path),
                    recognised = imported.Report.Recognised,
                    entries = imported.Report.Entries,
                }, Json));
            else
            {
                Console.WriteLine($"已生成 {target}{(imported.Files.Count > 0 ? $" 和 {imported.Files.Count} 张图片" : "")}");
                Console.Write(imported.Report.ToText());
            }
            return 0;
        }));
        return command;
    }
}

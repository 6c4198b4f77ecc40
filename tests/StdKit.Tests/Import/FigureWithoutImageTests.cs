using StdKit.Content;
using StdKit.Content.Project;
using StdKit.Generator.Docx;
using StdKit.Import;
using StdKit.Tests.Support;

namespace StdKit.Tests.Import;

/// <summary>Extracted text holds a figure's title but not its picture: the title is never dropped.</summary>
public sealed class FigureWithoutImageTests
{
    [Fact]
    public void A_figure_title_without_an_image_gets_a_placeholder_and_the_report_asks_for_the_picture()
    {
        using var folder = new TempFolder();
        var text = folder.Write("draft.txt",
            "T/TEST 001—2025\n服务规范\n1 范围\n本文件规定了服务流程。\n2 流程\n服务流程见图1。\n图1 服务流程图\n");
        var result = Importer.Import(text);

        Assert.Contains("![服务流程图](figures/draft-figure-1.png)", result.Content);
        Assert.Contains("服务流程见[[fig1]]。", result.Content);
        var picture = Assert.Single(result.Files);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], picture.Bytes[..4]);
        Assert.Contains(result.Report.Entries, e => e is { Kind: ReportKind.Guessed, Text: "服务流程图" }
            && e.What.Contains("figures/draft-figure-1.png"));

        // The content file renders, the placeholder standing in for the picture.
        File.WriteAllBytes(folder.Write(picture.Path, ""), picture.Bytes);
        var standard = StandardReader.Read(folder.Write("draft.md", result.Content),
            ContentProject.Load(Repository.Content));
        DocxRenderer.Render(standard, folder.File("draft.docx"));
        Assert.True(new FileInfo(folder.File("draft.docx")).Length > picture.Bytes.Length);
    }
}

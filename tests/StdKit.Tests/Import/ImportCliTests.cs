using System.Text.Json;
using StdKit.Content;
using StdKit.Content.Project;
using StdKit.Generator.Docx;
using StdKit.Tests.Support;

namespace StdKit.Tests.Import;

/// <summary>`stdkit import` as a user runs it: the content file and the images written, the report printed.</summary>
public sealed class ImportCliTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Import_writes_a_content_file_with_its_figures_that_outline_lint_and_render_accept()
    {
        var project = ContentProject.Load(Repository.Content);
        var draft = Path.Combine(Repository.Content, "drafts", "db53-standard-system-guide.md");
        DocxRenderer.Render(StandardReader.Read(draft, project), folder.File("guide.docx"));

        var import = StdKitProcess.Run(folder.Path, "import", "guide.docx", "-o", "content/guide.md", "--json");
        Assert.Equal(0, import.ExitCode);
        using var report = JsonDocument.Parse(import.Out);
        Assert.Equal(5, report.RootElement.GetProperty("figures").GetArrayLength());
        Assert.Equal(5, report.RootElement.GetProperty("recognised").GetProperty("图").GetInt32());
        Assert.True(File.Exists(folder.File("content/figures/guide-figure-1.png")));

        var outline = StdKitProcess.Run(folder.Path, "outline", "content/guide.md");
        Assert.Equal(0, outline.ExitCode);
        Assert.Contains("图5", outline.Out);
        Assert.NotEqual(2, StdKitProcess.Run(folder.Path, "lint", "content/guide.md").ExitCode);
        Assert.Equal(0,
            StdKitProcess.Run(folder.Path, "render", "content/guide.md", "-o", "guide-again.docx").ExitCode);
    }
}

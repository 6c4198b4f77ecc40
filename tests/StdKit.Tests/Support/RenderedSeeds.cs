using DocumentFormat.OpenXml.Packaging;
using StdKit.Content;
using StdKit.Content.Project;
using StdKit.Generator.Docx;

namespace StdKit.Tests.Support;

/// <summary>Every seed draft rendered once per test run into a temporary folder,
/// for tests that read the .docx.</summary>
public sealed class RenderedSeeds : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("stdkit-docx-").FullName;

    public RenderedSeeds()
    {
        var project = ContentProject.Load(Repository.Content);
        foreach (var file in Repository.SeedDrafts)
            DocxRenderer.Render(StandardReader.Read(file, project),
                Path(System.IO.Path.GetFileNameWithoutExtension(file)));
    }

    public string Path(string name) => System.IO.Path.Combine(Folder, name + ".docx");

    public WordprocessingDocument Open(string name) => WordprocessingDocument.Open(Path(name), isEditable: false);

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}

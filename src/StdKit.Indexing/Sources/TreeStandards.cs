using StdKit.Content;
using StdKit.Model.Documents;
using StdKit.Content.Project;

namespace StdKit.Indexing.Sources;

/// <summary>
/// A standard of the content tree's own, whatever it is written in: a content file, or a Word file imported as
/// <c>stdkit import</c> does. What the knowledge base is filled from and what the workbench shows are read alike.
/// </summary>
public static class TreeStandards
{
    public static Standard Read(string file, ContentProject project) =>
        string.Equals(Path.GetExtension(file), ".docx", StringComparison.OrdinalIgnoreCase)
            ? WordSources.Read(file, project)
            : StandardReader.Read(file, project);
}

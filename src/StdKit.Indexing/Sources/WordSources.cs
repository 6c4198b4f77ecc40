using StdKit.Content;
using StdKit.Content.Project;
using StdKit.Import;
using StdKit.Model.Diagnostics;
using StdKit.Model.Documents;

namespace StdKit.Indexing.Sources;

/// <summary>
/// Word files (.docx) in the content tree — the external standards an agency holds in Word — imported as
/// `stdkit import` does (docs/import.md) and read like content files, so they are searched clause by clause too.
/// </summary>
internal static class WordSources
{
    public static IEnumerable<string> Files(ContentProject project) =>
        Directory.EnumerateFiles(project.Root, "*.docx", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith("~$", StringComparison.Ordinal)) // Word's lock files
            .Order(StringComparer.Ordinal);

    /// <summary>The imported standard; a mistake is reported against the .docx, not the temporary content
    /// file.</summary>
    public static Standard Read(string docx, ContentProject project)
    {
        var folder = Directory.CreateTempSubdirectory("stdkit-import-");
        try
        {
            var content = Path.Combine(folder.FullName, Path.ChangeExtension(Path.GetFileName(docx), ".md"));
            File.WriteAllText(content, Importer.Import(docx).Content);
            try
            {
                return StandardReader.Read(content, project);
            }
            catch (UserError e)
            {
                throw new UserError(e.Diagnostics.Select(d
                    => d with { Location = new SourceLocation(docx, 1) }).ToList());
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}

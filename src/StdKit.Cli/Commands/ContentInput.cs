using StdKit.Content;
using StdKit.Content.Project;
using StdKit.Model.Diagnostics;
using StdKit.Model.Documents;

namespace StdKit.Cli.Commands;

/// <summary>Resolves what a command was pointed at — a content file or a folder of them — into read standards.</summary>
public static class ContentInput
{
    /// <summary>Reads the standard(s) at <paramref name="path"/>, filling templates from <paramref name="agency"/> or the tree's default.</summary>
    public static IReadOnlyList<Standard> Read(string path, string? agency)
    {
        if (!File.Exists(path) && !Directory.Exists(path))
            throw new ContentException(new SourceLocation(path, 1), "no such file or folder", "check the path");
        var root = ContentProject.FindRoot(path);
        var project = root is null ? null : ContentProject.Load(root);
        var profile = agency is null ? project?.DefaultAgency
            : project?.Agency(agency) ?? AgencyProfile.Load(agency);
        var files = Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList()
            : [path];
        var standards = new List<Standard>();
        var errors = new List<Diagnostic>();
        foreach (var file in files)
        {
            try
            {
                standards.Add(StandardReader.Read(Relative(file), project?.Catalogue ?? Catalogue.Empty, profile));
            }
            catch (ContentException e)
            {
                errors.AddRange(e.Diagnostics);
            }
        }
        if (errors.Count > 0) throw new ContentException(errors);
        return standards;
    }

    private static string Relative(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}

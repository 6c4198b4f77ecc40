using StdKit.Content.Reading;
using StdKit.Content;
using StdKit.Content.Project;
using StdKit.Model.Diagnostics;
using StdKit.Model.Documents;

namespace StdKit.Cli.Commands;

/// <summary>What a command reads: the standards it was pointed at and the content tree they belong to, if
/// any.</summary>
public sealed record ContentSet(ContentProject? Project, IReadOnlyList<Standard> Standards);

/// <summary>Resolves what a command was pointed at — content files or folders of them — into read standards.</summary>
public static class ContentInput
{
    /// <summary>Reads the standard(s) at <paramref name="paths"/>, filling templates from <paramref name="agency"/> or
    /// the tree's default.</summary>
    public static ContentSet Read(IReadOnlyList<string> paths, string? agency)
    {
        foreach (var path in paths.Where(p => !File.Exists(p) && !Directory.Exists(p)))
            throw new UserError(SourceLocation.Whole(path), "no such file or folder", "check the path");
        var root = ContentProject.FindRoot(paths[0]);
        var project = root is null ? null : ContentProject.Load(root);
        var profile = agency is null ? project?.DefaultAgency
            : project?.Agency(agency) ?? AgencyProfile.Load(agency);
        var files = paths.SelectMany<string, string>(path => Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            : [path]).Distinct().ToList();
        var standards = new List<Standard>();
        var errors = new List<Diagnostic>();
        foreach (var file in files)
        {
            try
            {
                standards.Add(project is null
                    ? StandardReader.Read(DisplayPath.Of(file), Catalogue.Empty, profile)
                    : StandardReader.Read(DisplayPath.Of(file), project, profile));
            }
            catch (UserError e)
            {
                errors.AddRange(e.Diagnostics);
            }
        }
        if (errors.Count > 0) throw new UserError(errors);
        return new ContentSet(project, standards);
    }

    public static ContentSet Read(string path, string? agency) => Read([path], agency);
}

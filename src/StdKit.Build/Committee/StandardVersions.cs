using System.Diagnostics;
using StdKit.Content;
using StdKit.Content.Project;
using StdKit.Content.Reading;
using StdKit.Model.Diagnostics;
using StdKit.Model.Documents;

namespace StdKit.Build.Committee;

/// <summary>
/// Reads one version of a standard: a content file, or "<c>revision:file</c>" — the file as git kept it at that
/// revision (a tag, a commit, HEAD~3). Either is read with the catalogue of the content tree the file belongs to,
/// loaded once for all the versions one reader reads.
/// </summary>
public sealed class StandardVersions
{
    private readonly Dictionary<string, ContentProject> _projects = [];

    public Standard Read(string version)
    {
        var (revision, path) = Split(version);
        var shown = DisplayPath.Of(path);
        var source = revision is null ? null : GitShow(revision, path, version);
        if (revision is null && !File.Exists(path))
            throw new UserError(new SourceLocation(shown, 1), "no such file",
                "check the path (an older version kept by git is named revision:file, e.g. v1.0:content/drafts/x.md)");
        var root = ContentProject.FindRoot(path);
        var project = root is null ? null
            : _projects.TryGetValue(root, out var loaded) ? loaded : _projects[root] = ContentProject.Load(root);
        var agency = project?.DefaultAgency;
        var catalogue = project?.CatalogueFor(agency!) ?? Catalogue.Empty;
        return StandardReader.Read(revision is null ? shown : $"{revision}:{shown}", catalogue, agency, null, source);
    }

    /// <summary>"v1:content/x.md" names a revision when the whole is not itself a file.</summary>
    private static (string? Revision, string Path) Split(string version)
    {
        var colon = version.IndexOf(':');
        return File.Exists(version) || colon <= 0 ? (null, version) : (version[..colon], version[(colon + 1)..]);
    }

    private static string GitShow(string revision, string path, string version)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (!Directory.Exists(folder))
            throw new UserError(new SourceLocation(version, 1), $"no folder {Path.GetDirectoryName(path)}",
                "name the file as it is in the working tree: revision:path/to/file.md");
        var start = new ProcessStartInfo("git")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder,
        };
        foreach (var a in new[] { "show", $"{revision}:./{Path.GetFileName(path)}" }) start.ArgumentList.Add(a);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new UserError(new SourceLocation(version, 1),
                "git is not installed, so no older revision can be read",
                "install git (Debian: apt-get install git), or save the older version as a file and give its path");
        }
        using (process)
        {
            using var bytes = new MemoryStream();
            var error = process.StandardError.ReadToEndAsync();
            process.StandardOutput.BaseStream.CopyTo(bytes);
            process.WaitForExit();
            if (process.ExitCode != 0)
                throw new UserError(new SourceLocation(version, 1),
                    $"git has no {Path.GetFileName(path)} at revision {revision} " +
                    $"({error.Result.Trim().Split('\n')[0]})",
                    $"check the revision: git log --oneline -- {path}");
            return SourceText.Decode(bytes.ToArray(), version);
        }
    }
}

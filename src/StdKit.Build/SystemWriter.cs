namespace StdKit.Build;

/// <summary>What a build did for one agency.</summary>
public sealed record BuildReport(string Agency, string Folder, int Standards, int Written, int Unchanged, int Removed)
{
    /// <summary>What the reader should know of the printed files (目次 entries without a page number).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}

/// <summary>
/// Writes a planned system into <c>&lt;out&gt;/&lt;agency&gt;/</c>: only the files whose inputs changed since the
/// previous build (by content hash), removing standards no longer in the system, then manifest.json. PDFs are made
/// after every .docx is written, all in one go.
/// </summary>
public static class SystemWriter
{
    public static BuildReport Write(SystemPlan plan, string outRoot, Action<BuildOutput, bool>? progress = null)
    {
        var folder = Path.Combine(outRoot, plan.Agency.Id);
        var previous = Manifest.PreviousHashes(folder);
        int written = 0, unchanged = 0;
        var printing = new List<Generator.PrintJob>();
        var staged = new List<(string Temporary, string Path)>();
        try
        {
            // Every changed file is written beside its place first and moved there only when all are written: a
            // failure halfway leaves the previous system whole.
            foreach (var output in plan.Outputs)
            {
                var path = Path.Combine(folder, output.File);
                var same = File.Exists(path) && previous.TryGetValue(output.File, out var hash) && hash == output.Hash;
                if (same) unchanged++;
                else
                {
                    var temporary = path + ".partial";
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    output.Write(temporary);
                    staged.Add((temporary, path));
                    if (output.Pdf)
                        printing.Add(new Generator.PrintJob(path, Path.ChangeExtension(path, ".pdf"), output.Printed,
                            output.Relayout));
                    written++;
                }
                progress?.Invoke(output, !same);
            }
        }
        catch
        {
            foreach (var (temporary, _) in staged.Where(s => File.Exists(s.Temporary))) File.Delete(temporary);
            throw;
        }
        foreach (var (temporary, path) in staged)
        {
            File.Move(temporary, path, overwrite: true);
            // A PDF of an earlier --pdf build no longer matches the new .docx; one asked for now is printed below.
            var pdf = Path.ChangeExtension(path, ".pdf");
            if (File.Exists(pdf) && printing.All(p => p.PdfPath != pdf)) File.Delete(pdf);
        }
        var warnings = Generator.StandardPublisher.Print(printing);

        var current = plan.Outputs.Select(o => o.File).ToHashSet();
        var removed = 0;
        foreach (var stale in previous.Keys.Where(f => !current.Contains(f)))
        {
            foreach (var file in new[] { stale, Path.ChangeExtension(stale, ".pdf") }
                .Select(f => Path.Combine(folder, f))
                .Where(File.Exists))
                File.Delete(file);
            removed++;
        }

        var manifest = new Manifest(plan.Agency.Id,
            plan.Outputs.Where(o => o.Standard is not null).Select(o => o.Standard!).ToList(),
            plan.Outputs.Where(o => o.Standard is null).ToDictionary(o => o.File, o => o.Hash)).ToJson();
        var manifestPath = Path.Combine(folder, Manifest.FileName);
        if (!File.Exists(manifestPath) || File.ReadAllText(manifestPath) != manifest)
            Generator.AtomicFile.Write(manifestPath, temp => File.WriteAllText(temp, manifest));
        return new BuildReport(plan.Agency.Id, folder, plan.Outputs.Count(o => o.Standard is not null), written,
            unchanged, removed)
        {
            Warnings = warnings,
        };
    }
}

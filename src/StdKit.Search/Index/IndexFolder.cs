using System.Runtime.InteropServices;
using StdKit.Model.Diagnostics;

namespace StdKit.Search.Index;

/// <summary>
/// The folder of the search index: one subfolder per build and a <c>current</c> file naming the one in use. A rebuild
/// writes a new subfolder and then swaps the name in with an atomic rename, so a reader never sees half an index.
/// </summary>
public sealed class IndexFolder(string path)
{
    private const string Pointer = "current";

    public string Path { get; } = path;

    /// <summary>
    /// The subfolder in use, or null when there is none (never built, or the pointer or folder is gone).
    /// </summary>
    public string? Current
    {
        get
        {
            var pointer = System.IO.Path.Combine(Path, Pointer);
            if (!File.Exists(pointer)) return null;
            var name = File.ReadAllText(pointer).Trim();
            var folder = System.IO.Path.Combine(Path, name);
            return name.Length > 0
                   && name.IndexOfAny(System.IO.Path.GetInvalidFileNameChars()) < 0
                   && Directory.Exists(folder)
                ? folder
                : null;
        }
    }

    /// <summary>A new, empty subfolder for a build.</summary>
    public string NewBuild()
    {
        var folder = System.IO.Path.Combine(
            Path, $"build-{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid().ToString("N")[..6]}");
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (UnauthorizedAccessException)
        {
            throw new UserError($"cannot write the search index in {Path}",
                "make the folder writable, or give a knowledge base in a writable folder with --db; "
                + "nothing was changed",
                FailureKind.Environment);
        }
        return folder;
    }

    /// <summary>
    /// A new subfolder holding <paramref name="files"/> of the generation in <paramref name="from"/>, to be changed by
    /// appending to it. Lucene never writes a file twice, so the files are hard-linked where the system can (no copy,
    /// no room taken) and copied where it cannot; the generation in use is left as it is either way.
    /// </summary>
    public string NewBuildFrom(string from, IEnumerable<string> files)
    {
        var build = NewBuild();
        try
        {
            foreach (var file in files)
            {
                var (source, target) = (System.IO.Path.Combine(from, file), System.IO.Path.Combine(build, file));
                if (!OperatingSystem.IsLinux() || Link(source, target) != 0) File.Copy(source, target);
            }
            return build;
        }
        catch
        {
            Remove(build);
            throw;
        }
    }

    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
    private static extern int Link(string existing, string created);

    /// <summary>
    /// Makes <paramref name="build"/> the current index and removes the others. Only the holder of the writer lock
    /// swaps, so no other build is under way; a reader of an old generation keeps its open files (on Linux) or keeps
    /// the folder until a later swap (on Windows), and one that had not opened it yet looks again.
    /// </summary>
    public void SwapIn(string build)
    {
        var pointer = System.IO.Path.Combine(Path, Pointer);
        var next = pointer + ".next";
        File.WriteAllText(next, System.IO.Path.GetFileName(build));
        File.Move(next, pointer, overwrite: true);
        foreach (var old in Directory.EnumerateDirectories(Path).Where(d => d != build)) Remove(old);
    }

    /// <summary>Removes a build folder if it can; one still open is left for a later swap.</summary>
    public static void Remove(string build)
    {
        try { Directory.Delete(build, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}

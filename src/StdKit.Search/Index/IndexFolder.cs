namespace StdKit.Search.Index;

/// <summary>
/// The folder of the search index: one subfolder per build and a <c>current</c> file naming the one in use. A rebuild
/// writes a new subfolder and then swaps the name in with an atomic rename, so a reader never sees half an index.
/// </summary>
public sealed class IndexFolder(string path)
{
    private const string Pointer = "current";

    public string Path { get; } = path;

    /// <summary>The subfolder in use, or null when there is none (never built, or the pointer or folder is gone).</summary>
    public string? Current
    {
        get
        {
            var pointer = System.IO.Path.Combine(Path, Pointer);
            if (!File.Exists(pointer)) return null;
            var name = File.ReadAllText(pointer).Trim();
            var folder = System.IO.Path.Combine(Path, name);
            return name.Length > 0 && name.IndexOfAny(System.IO.Path.GetInvalidFileNameChars()) < 0 && Directory.Exists(folder) ? folder : null;
        }
    }

    /// <summary>A new, empty subfolder for a build.</summary>
    public string NewBuild()
    {
        var folder = System.IO.Path.Combine(Path, $"build-{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid().ToString("N")[..6]}");
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>Makes <paramref name="build"/> the current index and removes the others.</summary>
    public void SwapIn(string build)
    {
        var pointer = System.IO.Path.Combine(Path, Pointer);
        var next = pointer + ".next";
        File.WriteAllText(next, System.IO.Path.GetFileName(build));
        File.Move(next, pointer, overwrite: true);
        foreach (var old in Directory.EnumerateDirectories(Path).Where(d => d != build))
        {
            // Another process may still read an old build; it is removed on a later swap.
            try { Directory.Delete(old, recursive: true); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
    }
}

using StdKit.Model.Diagnostics;

namespace StdKit.Generator;

/// <summary>
/// Writes a file in full or not at all: into a temporary file beside it, then moved into place. A folder that cannot
/// be written is the machine's problem, said with the file it concerns.
/// </summary>
public static class AtomicFile
{
    public static void Write(string path, Action<string> writeTemporary)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var temp = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(folder);
            writeTemporary(temp);
            File.Move(temp, path, overwrite: true);
        }
        catch (UnauthorizedAccessException)
        {
            throw new UserError($"cannot write {path}: its folder is not writable",
                $"make {FolderOf(path)} writable, or write elsewhere (--out, -o); {path} was left as it was",
                FailureKind.Environment);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    private static string FolderOf(string path) =>
        Path.GetDirectoryName(path) is { Length: > 0 } parent ? parent : "the folder";
}

namespace StdKit.Generator;

/// <summary>Writes a file in full or not at all: into a temporary file beside it, then moved into place.</summary>
public static class AtomicFile
{
    public static void Write(string path, Action<string> writeTemporary)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            writeTemporary(temp);
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }
}

namespace StdKit.Content.Reading;

/// <summary>How messages name a file: as the user would type it from the working folder, or in full when outside
/// it.</summary>
public static class DisplayPath
{
    public static string Of(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}

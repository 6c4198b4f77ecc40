namespace StdKit.Model.Diagnostics;

/// <summary>
/// A place in a content file: the path as the user gave it and a 1-based line, or 0 for the file as a whole (one
/// that is missing, say), which prints without a line.
/// </summary>
public sealed record SourceLocation(string File, int Line)
{
    public static SourceLocation Whole(string file) => new(file, 0);

    public override string ToString() => Line > 0 ? $"{File}:{Line}" : File;
}

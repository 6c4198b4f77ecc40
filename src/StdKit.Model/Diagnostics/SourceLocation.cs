namespace StdKit.Model.Diagnostics;

/// <summary>A place in a content file: the path as the user gave it and a 1-based line.</summary>
public sealed record SourceLocation(string File, int Line)
{
    public override string ToString() => $"{File}:{Line}";
}

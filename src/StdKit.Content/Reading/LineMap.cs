using StdKit.Model.Diagnostics;

namespace StdKit.Content.Reading;

/// <summary>
/// Maps a line of the text StdKit parses back to the line of the file the drafter wrote; the two differ only when
/// a template expanded into more or fewer lines.
/// </summary>
public sealed class LineMap
{
    private readonly int[]? _sourceLines;

    public string File { get; }

    private LineMap(string file, int[]? sourceLines)
    {
        File = file;
        _sourceLines = sourceLines;
    }

    public static LineMap Identity(string file) => new(file, null);

    /// <param name="sourceLines">For each parsed line (index 0 = line 1), its 1-based source line.</param>
    public static LineMap FromTable(string file, int[] sourceLines) => new(file, sourceLines);

    /// <summary>The source location of a 1-based parsed line.</summary>
    public SourceLocation Locate(int parsedLine)
    {
        if (_sourceLines is null || _sourceLines.Length == 0) return new SourceLocation(File, parsedLine);
        return new SourceLocation(File, _sourceLines[Math.Clamp(parsedLine - 1, 0, _sourceLines.Length - 1)]);
    }
}

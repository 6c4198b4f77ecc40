namespace StdKit.Model.Diagnostics;

/// <summary>Thrown when content cannot be read; carries every mistake found, never a stack trace for the user.</summary>
public sealed class ContentException(IReadOnlyList<Diagnostic> diagnostics)
    : Exception(string.Join(Environment.NewLine, diagnostics))
{
    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;

    public ContentException(Diagnostic diagnostic) : this([diagnostic]) { }

    public ContentException(SourceLocation location, string message, string fix)
        : this(new Diagnostic(location, message, fix)) { }
}

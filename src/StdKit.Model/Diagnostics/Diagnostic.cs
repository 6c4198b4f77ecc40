namespace StdKit.Model.Diagnostics;

/// <summary>
/// One mistake: where it is (a content file and line, or nowhere when it is in a command's arguments), what is wrong
/// and how to fix it.
/// </summary>
public sealed record Diagnostic(SourceLocation? Location, string Message, string Fix)
{
    public override string ToString() => Location is null ? $"{Message} — {Fix}" : $"{Location}: {Message} — {Fix}";
}

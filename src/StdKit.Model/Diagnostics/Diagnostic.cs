namespace StdKit.Model.Diagnostics;

/// <summary>One user mistake: where it is, what is wrong and how to fix it.</summary>
public sealed record Diagnostic(SourceLocation Location, string Message, string Fix)
{
    public override string ToString() => $"{Location}: {Message} — {Fix}";
}

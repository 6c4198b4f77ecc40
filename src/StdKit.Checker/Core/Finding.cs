using StdKit.Model.Diagnostics;

namespace StdKit.Checker.Core;

public enum Severity
{
    Warning,
    Error,
}

/// <summary>One thing the checker found: which rule, how bad, where (file, line, clause), what and how to fix
/// it.</summary>
public sealed record Finding(string Rule, Severity Severity, SourceLocation Location, string Clause, string Message,
    string Fix)
{
    public override string ToString() =>
        $"{Location}: {(Severity == Severity.Error ? "error" : "warning")} {Rule}" +
        $"{(Clause.Length > 0 ? $" [{Clause}]" : "")} {Message} — {Fix}";
}

namespace StdKit.Model.Diagnostics;

/// <summary>What a refusal is the user's to fix: their input (exit code 2) or their machine (exit code 3).</summary>
public enum FailureKind
{
    /// <summary>A mistake in content, a profile, a query or a command's arguments.</summary>
    Input,

    /// <summary>A missing program, a folder that cannot be written, a file locked or damaged beyond repair.</summary>
    Environment,
}

/// <summary>
/// The product's one user-error type: every mistake found, each with what to do, shown as lines and never as a stack
/// trace. Thrown wherever a mistake is found; caught only where a command or a page reports it.
/// </summary>
public sealed class UserError(IReadOnlyList<Diagnostic> diagnostics, FailureKind kind = FailureKind.Input)
    : Exception(string.Join(Environment.NewLine, diagnostics))
{
    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;
    public FailureKind Kind { get; } = kind;

    public UserError(Diagnostic diagnostic, FailureKind kind = FailureKind.Input) : this([diagnostic], kind) { }

    public UserError(SourceLocation location, string message, string fix)
        : this(new Diagnostic(location, message, fix)) { }

    /// <summary>A mistake that belongs to no file: a command's arguments, a query, a missing program.</summary>
    public UserError(string message, string fix, FailureKind kind = FailureKind.Input)
        : this(new Diagnostic(null, message, fix), kind) { }
}

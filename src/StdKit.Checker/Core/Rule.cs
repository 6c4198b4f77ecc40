using StdKit.Model.Body;
using StdKit.Model.Diagnostics;

namespace StdKit.Checker.Core;

/// <summary>A drafting rule: an id users can switch off, a default severity and a one-line description.</summary>
public abstract class Rule
{
    public abstract string Id { get; }
    public abstract Severity Severity { get; }
    /// <summary>What the rule checks, in the user's words.</summary>
    public abstract string Description { get; }

    protected Finding Finding(SourceLocation at, string clause, string message, string fix) =>
        new(Id, Severity, at, clause, message, fix);

    protected Finding Finding(TextUnit unit, string message, string fix) =>
        Finding(unit.Source, unit.Clause, message, fix);

    protected Finding Finding(Division division, string message, string fix) =>
        Finding(division.Source, division.Label, message, fix);
}

/// <summary>A rule checked on one standard at a time.</summary>
public abstract class DocumentRule : Rule
{
    public abstract IEnumerable<Finding> Check(DocumentContext document);
}

/// <summary>A rule checked across all the standards of a system.</summary>
public abstract class SystemRule : Rule
{
    public abstract IEnumerable<Finding> Check(IReadOnlyList<DocumentContext> system);
}

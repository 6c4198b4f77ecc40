using StdKit.Model.Diagnostics;

namespace StdKit.Evaluation.Schemes;

/// <summary>How the levels of criteria make the level of a group and of the whole scheme.</summary>
public enum CombinationRule
{
    /// <summary>The lowest level of any part: every indicator must reach a star for the agency to have it.</summary>
    Minimum,
    /// <summary>The weighted mean of the parts' levels, rounded down.</summary>
    WeightedMean,
}

/// <summary>A value StdKit computes from the agency's system rather than reading it from the agency's facts.</summary>
public enum ComputedValue
{
    TrialMonths,
    Completeness,
    Consistency,
    Currency,
    Implementation,
}

/// <summary>
/// One cell of a level table: a threshold (≥5, ≤5), "√" (the agency must have it: a value above zero) or "—" (not
/// assessed at that level).
/// </summary>
public sealed record Cell(string Typed, CellKind Kind, double Limit)
{
    public static Cell NotAssessed { get; } = new("—", CellKind.NotAssessed, 0);

    public bool IsMetBy(double value) => Kind switch
    {
        CellKind.NotAssessed => true,
        CellKind.Present => value > 0,
        CellKind.AtLeast => value >= Limit - 1e-9,
        _ => value <= Limit + 1e-9,
    };
}

public enum CellKind
{
    NotAssessed,
    Present,
    AtLeast,
    AtMost,
}

/// <summary>
/// A criterion (指标, 能力项, 评价内容): measured — a value with a unit against a cell per level — or assessed — a level
/// the agency gives itself against a descriptor per level. Preconditions are measured criteria with one cell, or a
/// yes/no fact (<see cref="Expect"/>).
/// </summary>
public sealed record Criterion(string Name, SourceLocation Source)
{
    /// <summary>The clause of the scheme's source document, for preconditions ("4.2").</summary>
    public string? Clause { get; init; }
    public string? Unit { get; init; }
    /// <summary>One cell per level of the scheme (measured criteria); a precondition has one.</summary>
    public IReadOnlyList<Cell> Cells { get; init; } = [];
    /// <summary>One descriptor per level (assessed criteria).</summary>
    public IReadOnlyList<string> Descriptors { get; init; } = [];
    /// <summary>The answer a yes/no precondition needs (是).</summary>
    public string? Expect { get; init; }
    public IReadOnlyList<string> Aspects { get; init; } = [];
    public double Weight { get; init; } = 1;
    public ComputedValue? Computed { get; init; }
    /// <summary>The survey whose figure is the value when the facts give none, or say so.</summary>
    public string? Survey { get; init; }
    /// <summary>Something a reader of the result should know beside the cells (a requirement elsewhere in the
    /// source).</summary>
    public string? Note { get; init; }
    /// <summary>Words that find the clauses of the agency's own standards which address this criterion.</summary>
    public IReadOnlyList<string> Evidence { get; init; } = [];
    /// <summary>Framework categories a computed completeness leaves out (a catch-all 其他 holds standards only if
    /// any).</summary>
    public IReadOnlyList<string> Except { get; init; } = [];

    public bool IsAssessed => Descriptors.Count > 0;

    /// <summary>The criterion's name with its unit, as the seed's table heads it: 注册资本/万元.</summary>
    public string Heading => Unit is null ? Name : $"{Name}/{Unit}";
}

/// <summary>A group of criteria (a domain of capability, the indicator table) with its weight in the scheme.</summary>
public sealed record CriterionGroup(string Name, double Weight, IReadOnlyList<Criterion> Criteria);

/// <summary>An evaluation scheme of content/evaluation/ (docs/evaluation.md), read and checked.</summary>
public sealed record EvaluationScheme(string Id, string Title, string Source, IReadOnlyList<string> Levels,
    CombinationRule Rule, IReadOnlyList<Criterion> Preconditions, IReadOnlyList<CriterionGroup> Groups, string File)
{
    /// <summary>A model scheme: its descriptors and weights were written for StdKit, not taken from a
    /// standard.</summary>
    public bool Model { get; init; }

    public IEnumerable<Criterion> Criteria => Groups.SelectMany(g => g.Criteria);

    /// <summary>What the result is called when no level is reached (<c>below</c>; "未达到一星" by default).</summary>
    public string? Below { get; init; }

    /// <summary>"一星" for 1; <see cref="Below"/> for 0.</summary>
    public string LevelName(int level) => level == 0 ? Below ?? $"未达到{Levels[0]}" : Levels[level - 1];
}

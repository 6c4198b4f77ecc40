using StdKit.Evaluation.Evidence;
using StdKit.Evaluation.Facts;
using StdKit.Evaluation.Schemes;

namespace StdKit.Evaluation.Engine;

/// <summary>
/// What one criterion came to: its value as typed or computed, the level it reaches, the threshold it met and the one
/// of the next level with how far short it is; or that it was not assessed and which level that keeps out of reach.
/// </summary>
/// <param name="Details">What stands behind a computed value: the uncovered categories, the findings.</param>
public sealed record CriterionResult(Criterion Criterion, string? Value, int Level, bool Assessed, string? Met,
    string? Next,
    string? Shortfall, IReadOnlyList<string> Details, IReadOnlyList<EvidenceClause> Evidence)
{
    /// <summary>For a precondition: it holds.</summary>
    public bool Holds => Assessed && Level > 0;
}

/// <summary>A group's level: the weighted mean or the minimum of its criteria, and the figure behind it.</summary>
public sealed record GroupResult(CriterionGroup Group, int Level, double Score,
    IReadOnlyList<CriterionResult> Criteria);

/// <summary>The result of one scheme: the level reached, what blocks the next, and every group and criterion.</summary>
/// <param name="Score">The figure the level was rounded down from (a weighted mean; the level itself for
/// minimum).</param>
/// <param name="Blocking">Why the next level is out of reach: the failing preconditions, or the criteria below
/// it.</param>
public sealed record SchemeResult(EvaluationScheme Scheme, int Level, double Score,
    IReadOnlyList<CriterionResult> Preconditions,
    IReadOnlyList<GroupResult> Groups, IReadOnlyList<string> Blocking)
{
    public IEnumerable<CriterionResult> Criteria => Groups.SelectMany(g => g.Criteria);

    public string LevelName => Scheme.LevelName(Level);
}

/// <summary>An agency's evaluation: every scheme's result, the survey figure, and the criteria its system leaves
/// open.</summary>
/// <param name="Gaps">Criteria with evidence words for which no clause of the agency's standards was found; null when
/// the standards were not searched.</param>
public sealed record EvaluationResult(string AgencyId, string AgencyName, AgencyFacts Facts,
    IReadOnlyList<SchemeResult> Schemes,
    SurveyResult? Survey, IReadOnlyList<Criterion>? Gaps);

using StdKit.Evaluation.Engine;

namespace StdKit.Evaluation.Reports;

/// <summary>The result of an evaluation as plain objects for <c>stdkit evaluate --json</c>.</summary>
public static class EvaluationJson
{
    public static object Of(EvaluationResult result) => new
    {
        agency = result.AgencyId,
        name = result.AgencyName,
        year = result.Facts.Year,
        schemes = result.Schemes.Select(s => new
        {
            id = s.Scheme.Id,
            title = s.Scheme.Title,
            model = s.Scheme.Model,
            level = s.Level,
            levelName = s.LevelName,
            score = Math.Round(s.Score, 3),
            blocking = s.Blocking,
            preconditions = s.Preconditions.Select(Criterion),
            groups = s.Groups.Select(g => new
            {
                name = g.Group.Name, weight = g.Group.Weight, level = g.Level, score = Math.Round(g.Score, 3),
                criteria = g.Criteria.Select(Criterion),
            }),
        }),
        survey = result.Survey is { } survey
            ? new
            {
                file = survey.File, questionnaires = survey.Questionnaires, figure = Math.Round(survey.Figure, 2),
                dimensions = survey.Dimensions.Select(d => new { name = d.Dimension, count = d.Count,
                    figure = Math.Round(d.Figure, 2) }),
                aspects = survey.Aspects.Select(a => new { name = a.Aspect, figure = Math.Round(a.Figure, 2) }),
            }
            : null,
        gaps = result.Gaps?.Select(g => g.Name),
    };

    private static object Criterion(CriterionResult c) => new
    {
        name = c.Criterion.Name,
        unit = c.Criterion.Unit,
        assessed = c.Assessed,
        value = c.Value,
        level = c.Level,
        met = c.Met,
        next = c.Next,
        shortfall = c.Shortfall,
        details = c.Details,
        evidence = c.Evidence.Select(e => new { standard = e.Standard, title = e.StandardTitle, clause = e.Clause,
            text = e.Text }),
    };
}

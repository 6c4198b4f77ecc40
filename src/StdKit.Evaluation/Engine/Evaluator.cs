using System.Globalization;
using StdKit.Evaluation.Evidence;
using StdKit.Evaluation.Facts;
using StdKit.Evaluation.Schemes;
using StdKit.Model.Diagnostics;
using EvidenceLookup = System.Func<System.Collections.Generic.IReadOnlyList<string>,
    System.Collections.Generic.IReadOnlyList<StdKit.Evaluation.Evidence.EvidenceClause>>;
using Figures = System.Collections.Generic.IReadOnlyDictionary<StdKit.Evaluation.Schemes.ComputedValue,
    StdKit.Evaluation.Engine.ComputedFigure>;

namespace StdKit.Evaluation.Engine;

/// <summary>
/// The one engine for every scheme: each criterion gets a level — measured ones the highest level whose cell they
/// meet together with every lower one, assessed ones the level the agency gives with its evidence, preconditions 1 when
/// they hold — then groups and the scheme combine them by the scheme's rule; failing preconditions leave no level.
/// </summary>
public sealed class Evaluator(EvaluationSet set)
{
    /// <param name="computed">The figures computed from the agency's system (<see cref="SystemReview"/>).</param>
    /// <param name="evidence">The clauses of the agency's standards for a criterion's evidence words; none when
    /// null.</param>
    public EvaluationResult Evaluate(string agencyId, string agencyName, AgencyFacts facts,
        IReadOnlyList<EvaluationScheme> schemes, Figures computed, EvidenceLookup? evidence)
    {
        var survey = Survey(facts, schemes);
        var results = schemes.Select(s => Scheme(s, facts, computed, survey, evidence)).ToList();
        // Gaps are known only when the agency's standards were searched.
        var gaps = evidence is null ? null : results.SelectMany(r => r.Preconditions.Concat(r.Criteria))
            .Where(c => c.Criterion.Evidence.Count > 0 && c.Evidence.Count == 0).Select(c => c.Criterion).ToList();
        return new EvaluationResult(agencyId, agencyName, facts, results, survey, gaps);
    }

    /// <summary>The survey figure, when a scheme asks for one and the facts do not type it in.</summary>
    private SurveyResult? Survey(AgencyFacts facts, IReadOnlyList<EvaluationScheme> schemes)
    {
        var wanting = schemes.SelectMany(s => s.Criteria)
            .FirstOrDefault(c => c.Survey is not null && !facts.Values.ContainsKey(c.Name));
        if (wanting is null) return null;
        var path = SurveyAnswers.PathFor(facts.Path, facts.Year);
        if (File.Exists(path)) return SurveyAnswers.Score(path, set.Survey(wanting.Survey!)!);
        if (facts.SurveyValues.TryGetValue(wanting.Name, out var at))
            throw new UserError(at, $"{wanting.Name} comes from the survey, but there are no answers",
                $"put the returned questionnaires in {Content.Reading.DisplayPath.Of(path)} (docs/evaluation.md), "
                + $"or type the figure: {wanting.Name}: 92%");
        return null;
    }

    private static SchemeResult Scheme(EvaluationScheme scheme, AgencyFacts facts, Figures computed,
        SurveyResult? survey, EvidenceLookup? evidence)
    {
        IReadOnlyList<EvidenceClause> Find(Criterion c) =>
            evidence is null || c.Evidence.Count == 0 ? [] : evidence(c.Evidence);
        CriterionResult Rate(Criterion c) => c.IsAssessed
            ? Assessed(c, facts.Assessments.GetValueOrDefault(c.Name), Find(c))
            : Measured(c, Value(c, facts, computed, survey), scheme, Find(c),
                c.Computed is { } kind && computed.TryGetValue(kind, out var figure) ? figure.Details : []);
        var preconditions = scheme.Preconditions.Select(Rate).ToList();
        var groups = scheme.Groups.Select(g => Combine(g, g.Criteria.Select(Rate).ToList(), scheme.Rule)).ToList();
        var (score, level) = Combine(groups.Select(g => (g.Group.Weight, (double)g.Level)).ToList(), scheme.Rule);
        var failing = preconditions.Where(p => !p.Holds).ToList();
        if (failing.Count > 0) (score, level) = (0, 0);
        return new SchemeResult(scheme, level, score, preconditions, groups,
            Blocking(scheme, level, score, failing, groups));
    }

    private static IReadOnlyList<string> Blocking(EvaluationScheme scheme, int level, double score,
        List<CriterionResult> failing, List<GroupResult> groups)
    {
        if (failing.Count > 0)
            return failing.Select(p =>
                $"前提条件“{p.Criterion.Name}”{(p.Assessed ? "不满足" : "未填报")}：{p.Next ?? ""}".TrimEnd('：')).ToList();
        if (level >= scheme.Levels.Count) return [];
        var next = scheme.LevelName(level + 1);
        var criteria = groups.SelectMany(g => g.Criteria).ToList();
        if (scheme.Rule == CombinationRule.WeightedMean)
        {
            // A mean is raised by any item: the lowest ones are where to start.
            var mean = $"加权平均{score:F2}，达到{next}须不低于{level + 1}";
            var lowest = criteria.Min(c => c.Level);
            if (lowest >= level) return [mean];
            var items = criteria.Where(c => c.Level == lowest)
                .Select(c => $"{c.Criterion.Name}（{(c.Assessed ? scheme.LevelName(c.Level) : "未评价")}）");
            return [mean, $"等级最低的评价内容：{string.Join("、", items)}"];
        }
        return criteria.Where(c => c.Level <= level)
            .Select(c => $"{c.Criterion.Name}：{(c.Assessed ? c.Shortfall ?? $"须达到{next}" : "未评价")}").ToList();
    }

    private static GroupResult Combine(CriterionGroup group, List<CriterionResult> criteria, CombinationRule rule)
    {
        var (score, level) = Combine(criteria.Select(c => (c.Criterion.Weight, (double)c.Level)).ToList(), rule);
        return new GroupResult(group, level, score, criteria);
    }

    private static (double Score, int Level) Combine(List<(double Weight, double Level)> parts, CombinationRule rule)
    {
        if (parts.Count == 0) return (0, 0);
        if (rule == CombinationRule.Minimum)
        {
            var min = parts.Min(p => p.Level);
            return (min, (int)min);
        }
        var weight = parts.Sum(p => p.Weight);
        var mean = weight == 0 ? 0 : parts.Sum(p => p.Weight * p.Level) / weight;
        // Rounded down: a level is reached, not approached; the tolerance keeps 3.9999… from being 3.
        return (mean, (int)Math.Floor(mean + 1e-9));
    }

    private static (double Value, string Shown)? Value(Criterion c, AgencyFacts facts, Figures computed,
        SurveyResult? survey)
    {
        if (c.Computed is { } kind)
            return computed.TryGetValue(kind, out var figure) && figure.Value is { } v ? (v, Format(v) + c.Unit) : null;
        if (facts.Values.TryGetValue(c.Name, out var fact)) return (fact.Value, fact.Typed);
        if (c.Survey is not null && survey is not null)
            return (survey.Figure, $"{Format(survey.Figure)}%（问卷{survey.Questionnaires}份）");
        return null;
    }

    private static CriterionResult Measured(Criterion c, (double Value, string Shown)? value, EvaluationScheme scheme,
        IReadOnlyList<EvidenceClause> evidence, IReadOnlyList<string> computedDetails)
    {
        var details = new List<string>(computedDetails);
        if (c.Note is not null) details.Add(c.Note);
        if (c.Expect is not null)
        {
            var holds = value is { Value: > 0 };
            return new CriterionResult(c, value?.Shown, holds ? 1 : 0, value is not null, holds ? c.Expect : null,
                holds ? null : $"须为“{c.Expect}”", null, details, evidence);
        }
        var cells = c.Cells;
        if (value is not { } v)
        {
            // Not assessed: the levels before the first one that assesses it stay open.
            var first = cells.TakeWhile(cell => cell.Kind == CellKind.NotAssessed).Count();
            var blocked = first < cells.Count ? cells[first] : null;
            return new CriterionResult(c, null, first, false, null, blocked is null ? null : Label(blocked),
                blocked is null
                    ? null
                    : $"未填报，无法达到{(scheme.Preconditions.Contains(c) ? "任何等级" : scheme.LevelName(first + 1))}",
                details, evidence);
        }
        var level = cells.TakeWhile(cell => cell.IsMetBy(v.Value)).Count();
        var met = cells.Take(level).LastOrDefault(cell => cell.Kind != CellKind.NotAssessed) is { } m ? Label(m) : null;
        var next = level < cells.Count ? cells[level] : null;
        var unit = c.Unit;
        var shortfall = next?.Kind switch
        {
            CellKind.AtLeast => $"差{Format(next.Limit - v.Value)}{unit}",
            CellKind.AtMost => $"超出{Format(v.Value - next.Limit)}{unit}",
            CellKind.Present => "须具备",
            _ => null,
        };
        if (scheme.Preconditions.Contains(c)) level = level == cells.Count ? 1 : 0;
        return new CriterionResult(c, v.Shown, level, true, met, next is null ? null : Label(next), shortfall, details,
            evidence);
    }

    private static CriterionResult Assessed(Criterion c, Assessment? assessment, IReadOnlyList<EvidenceClause> evidence)
    {
        if (assessment is null)
            return new CriterionResult(c, null, 0, false, null, c.Descriptors[0], "未自评", [], evidence);
        var level = assessment.Level;
        return new CriterionResult(c, assessment.Evidence, level, true, c.Descriptors[level - 1],
            level < c.Descriptors.Count ? c.Descriptors[level] : null, null, [], evidence);
    }

    /// <summary>A cell as the scheme reads it: a bare number read as at-most shows its ≤.</summary>
    private static string Label(Cell cell) =>
        cell.Kind == CellKind.AtMost && !cell.Typed.StartsWith('≤') ? $"≤{cell.Typed}" : cell.Typed;

    public static string Format(double value) =>
        Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}

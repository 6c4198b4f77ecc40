using System.Text;
using StdKit.Evaluation.Engine;

namespace StdKit.Evaluation.Reports;

/// <summary>The result of an evaluation as readable text, for the terminal: each scheme's level, what holds it back,
/// every criterion with its value, the threshold met and the next one, and the system's gaps.</summary>
public static class TextReport
{
    public static string Write(EvaluationResult result)
    {
        var text = new StringBuilder();
        text.AppendLine($"{result.AgencyName}（{result.AgencyId}）{result.Facts.Year}年度自评");
        foreach (var scheme in result.Schemes)
        {
            text.AppendLine();
            text.AppendLine($"■ {scheme.Scheme.Title}：{scheme.LevelName}{(scheme.Scheme.Model ? "（示范性评价方案）" : "")}");
            foreach (var p in scheme.Preconditions)
                text.AppendLine($"  前提 {Mark(p.Holds)} {p.Criterion.Name}：{p.Value ?? "未填报"}"
                    + $"{(p.Holds ? "" : $"（{p.Next ?? "不满足"}）")}");
            foreach (var group in scheme.Groups)
            {
                if (scheme.Groups.Count > 1)
                    text.AppendLine($"  {group.Group.Name}：{scheme.Scheme.LevelName(group.Level)}（{group.Score:F2}）");
                foreach (var c in group.Criteria) text.AppendLine("    " + Line(scheme, c));
            }
            if (scheme.Blocking.Count > 0)
            {
                text.AppendLine(scheme.Level < scheme.Scheme.Levels.Count && scheme.Preconditions.All(p => p.Holds)
                    ? $"  达到{scheme.Scheme.LevelName(scheme.Level + 1)}还差：" : "  未评级的原因：");
                foreach (var line in scheme.Blocking) text.AppendLine($"    - {line}");
            }
        }
        if (result.Survey is { } survey)
        {
            text.AppendLine();
            text.AppendLine($"■ 服务满意度调查：{Evaluator.Format(survey.Figure)}%（{survey.File}，问卷{survey.Questionnaires}份）");
            text.AppendLine("  " + string.Join("　", survey.Dimensions.Select(
                d => $"{d.Dimension} {Evaluator.Format(d.Figure)}%（{d.Count}份）")));
            text.AppendLine("  " + string.Join("　", survey.Aspects.Select(
                a => $"{a.Aspect} {Evaluator.Format(a.Figure)}%")));
        }
        if (result.Gaps is not { } gaps) return text.ToString();
        text.AppendLine();
        text.AppendLine(gaps.Count == 0
            ? "■ 标准体系缺口：无（每项评价内容都有本机构标准的条款支撑）"
            : $"■ 标准体系缺口（本机构标准中没有条款涉及的评价内容，{gaps.Count}项）：{string.Join("、", gaps.Select(g => g.Name))}");
        return text.ToString();
    }

    private static string Line(SchemeResult scheme, CriterionResult c)
    {
        var level = scheme.Scheme.LevelName(c.Level);
        var value = c.Criterion.IsAssessed ? "" : $" {c.Value ?? "未填报"}";
        var met = c.Met is null || c.Criterion.IsAssessed ? "" : $"，达到{c.Met}";
        var next = c.Next is null || c.Criterion.IsAssessed ? ""
            : $"，下一级{c.Next}{(c.Shortfall is null ? "" : $"（{c.Shortfall}）")}";
        var evidence = c.Evidence.Count == 0 ? ""
            : $"　依据：{string.Join("；", c.Evidence.Select(e => $"{e.Standard} {e.Clause}"))}";
        var details = c.Details.Count == 0 ? "" : $"\n      {string.Join("\n      ", c.Details)}";
        return $"{c.Criterion.Name}：{level}{value}{met}{next}{evidence}{details}";
    }

    private static string Mark(bool holds) => holds ? "✓" : "✗";
}

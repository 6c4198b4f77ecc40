using StdKit.Evaluation.Engine;
using StdKit.Generator.Docx.Charts;
using StdKit.Generator.Docx.Styles;
using StdKit.Generator.Docx.Writers;
using StdKit.Generator.Systems;

namespace StdKit.Evaluation.Reports;

/// <summary>
/// 自评报告: the evaluation as a Word document in the house layout of the system documents — the results in brief,
/// one chapter per scheme with its tables (and a bar chart per domain for a weighted scheme), the survey, and which
/// clauses of the agency's own standards back each criterion, with the criteria no standard addresses as gaps.
/// </summary>
public static class SelfEvaluationReport
{
    public static string FileName(EvaluationResult result) => $"自评报告（{result.Facts.Year}年度）.docx";

    public static void Write(string path, EvaluationResult result) =>
        SystemDocument.Write(path, $"{result.AgencyName}自评报告", $"{result.AgencyName}{result.Facts.Year}年度自评报告", doc =>
        {
            var table = 1;
            var figure = 1;
            uint shapeId = 2000;
            string Table(string title) => $"表{table++}\u3000{title}";
            doc.Add(StyleIds.Heading(1), "1\u3000评价概况");
            doc.Add(StyleIds.Paragraph,
                $"本报告依据{string.Join("、", result.Schemes.Select(s => s.Scheme.Source).Distinct())}，"
                + $"以{result.AgencyName}{result.Facts.Year}年度的自评数据和本机构标准体系为基础编写。评价结果见{Ref(table)}。");
            TableWriter.Write(doc, Table("评价结果"), SystemTables.Of(["评价方案", "结果", "未达到下一等级的原因"],
                result.Schemes.Select(s => (IReadOnlyList<string>)[s.Scheme.Title, s.LevelName, Reasons(s)])));

            var chapter = 2;
            foreach (var scheme in result.Schemes)
            {
                doc.Add(StyleIds.Heading(1), $"{chapter++}\u3000{scheme.Scheme.Title}");
                doc.Add(StyleIds.Paragraph, $"依据：{scheme.Scheme.Source}。结果：{scheme.LevelName}。");
                if (scheme.Scheme.Model)
                    doc.Add(StyleIds.Paragraph, "注：本方案的等级描述和权重为示范性评价方案，由StdKit按评价体系的能力项和成熟度等级编写，正式标准发布后应以其为准。");
                if (scheme.Preconditions.Count > 0)
                    TableWriter.Write(doc, Table($"{scheme.Scheme.Title}的前提条件"), SystemTables.Of(["前提条件", "条款",
                        "本机构情况", "结论"],
                        scheme.Preconditions.Select(p => (IReadOnlyList<string>)
                            [p.Criterion.Name, p.Criterion.Clause ?? "—", p.Value ?? "未填报", p.Holds ? "满足" : "不满足"])));
                if (scheme.Scheme.Rule == Schemes.CombinationRule.WeightedMean) Maturity(doc, scheme, Table,
                    ref figure, ref shapeId);
                else
                    TableWriter.Write(doc, Table($"{scheme.Scheme.Title}指标"), SystemTables.Of(
                        ["指标", "本机构数值", "结论", "已达到", "下一级要求", "差距"],
                        scheme.Criteria.Select(c => (IReadOnlyList<string>)
                        [
                            c.Criterion.Heading, c.Value ?? "未填报",
                            scheme.Scheme.LevelName(c.Level),
                            c.Met ?? "—", c.Next ?? "—", c.Shortfall ?? "—",
                        ])));
                var details = scheme.Criteria.Where(c => c.Details.Count > 0).ToList();
                foreach (var c in details)
                {
                    doc.Add(StyleIds.Paragraph, $"{c.Criterion.Name}：");
                    // A list of GB/T 1.1: items end with "；", the last with "。".
                    for (var i = 0; i < c.Details.Count; i++)
                        doc.Add(StyleIds.ListLevel1, $"——{c.Details[i]}{(i == c.Details.Count - 1 ? "。" : "；")}");
                }
            }

            if (result.Survey is { } survey)
            {
                doc.Add(StyleIds.Heading(1), $"{chapter++}\u3000服务满意度调查");
                doc.Add(StyleIds.Paragraph, $"按《服务满意度调查问卷》收回问卷{survey.Questionnaires}份（{survey.File}）。每个答案按量表计分，"
                    + $"问卷的各方面取其已答题目的平均分，问卷得分为四个方面的平均分，服务满意度为全部问卷得分的平均值：{Evaluator.Format(survey.Figure)}%。");
                TableWriter.Write(doc, Table("服务满意度"), SystemTables.Of(["项目", "问卷（份）", "满意度（%）"],
                    survey.Dimensions.Select(d => (IReadOnlyList<string>)[d.Dimension, d.Count.ToString(),
                        Evaluator.Format(d.Figure)])
                        .Concat(survey.Aspects.Select(a => (IReadOnlyList<string>)[a.Aspect, "—",
                            Evaluator.Format(a.Figure)]))
                        .Append(["合计", survey.Questionnaires.ToString(), Evaluator.Format(survey.Figure)])));
            }

            if (result.Gaps is not { } gaps) return;
            doc.Add(StyleIds.Heading(1), $"{chapter}\u3000本机构标准对评价内容的支撑");
            doc.Add(StyleIds.Paragraph, "各项评价内容在本机构标准体系中的依据条款见下表，由知识库检索本机构的标准得出；没有依据条款的评价内容列为标准体系的缺口。");
            var evidenced = result.Schemes.SelectMany(s => s.Preconditions.Concat(s.Criteria)).Where(
                c => c.Criterion.Evidence.Count > 0).ToList();
            TableWriter.Write(doc, Table("评价内容的标准依据"), SystemTables.Of(["评价内容", "本机构标准", "条款"],
                evidenced.Select(c => (IReadOnlyList<string>)
                [
                    c.Criterion.Name,
                    c.Evidence.Count == 0 ? "（缺口）" : string.Join("\n", c.Evidence.Select(
                        e => $"{e.Standard} {e.StandardTitle}")),
                    c.Evidence.Count == 0 ? "—" : string.Join("\n", c.Evidence.Select(e => e.Clause)),
                ])));
            doc.Add(StyleIds.Paragraph, gaps.Count == 0
                ? "每项评价内容都有本机构标准的条款支撑。"
                : $"标准体系的缺口（{gaps.Count}项）：{string.Join("、", gaps.Select(g => g.Name))}。宜在体系中制定或修订相应标准。");
        });

    private static void Maturity(DocumentBuilder doc, SchemeResult scheme, Func<string, string> table, ref int figure,
        ref uint shapeId)
    {
        doc.Add(StyleIds.Paragraph, $"各能力项按{string.Join("、", scheme.Scheme.Levels)}自评；能力域的等级为其能力项等级的加权平均值（向下取整），"
            + $"总体等级为各能力域等级的加权平均值（向下取整）：{scheme.Score:F2}，即{scheme.LevelName}。"
            + $"各能力域见图{figure}至图{figure + scheme.Groups.Count - 1}。");
        TableWriter.Write(doc, table("能力域等级"), SystemTables.Of(["能力域", "权重", "加权平均", "等级"],
            scheme.Groups.Select(g => (IReadOnlyList<string>)[g.Group.Name, g.Group.Weight.ToString("0.##"),
                g.Score.ToString("F2"), scheme.Scheme.LevelName(g.Level)])));
        foreach (var group in scheme.Groups)
        {
            var bars = group.Criteria.Select(c => new Bar(c.Criterion.Name, c.Level, c.Assessed
                ? scheme.Scheme.LevelName(c.Level) : "未自评")).ToList();
            BarChartWriter.Write(doc, bars, scheme.Scheme.Levels,
                $"图{figure++}\u3000{group.Group.Name}（{scheme.Scheme.LevelName(group.Level)}）", ref shapeId);
        }
        TableWriter.Write(doc, table("能力项自评"), SystemTables.Of(["能力项", "自评等级", "证据", "下一等级的要求"],
            scheme.Criteria.Select(c => (IReadOnlyList<string>)
                [c.Criterion.Name, c.Assessed ? scheme.Scheme.LevelName(c.Level) : "未自评", c.Value ?? "—", c.Next
                    ?? "已达最高等级"])));
    }

    private static string Reasons(SchemeResult scheme) =>
        scheme.Blocking.Count == 0 ? "已达最高等级" : string.Join("\n", scheme.Blocking.Take(4)) + (scheme.Blocking.Count > 4
            ? $"\n等{scheme.Blocking.Count}项" : "");

    private static string Ref(int table) => $"表{table}";
}

using StdKit.Content.Reading;
using StdKit.Evaluation.Schemes;
using StdKit.Model.Diagnostics;

namespace StdKit.Evaluation.Facts;

/// <summary>The satisfaction figure from returned questionnaires, overall and by dimension and aspect, in %.</summary>
/// <param name="File">The answers' file name; it lies beside the agency's facts.</param>
public sealed record SurveyResult(string File, int Questionnaires, double Figure,
    IReadOnlyList<(string Dimension, int Count, double Figure)> Dimensions,
    IReadOnlyList<(string Aspect, double Figure)> Aspects);

/// <summary>
/// Reads returned questionnaires (content/agencies/&lt;agency&gt;/survey-&lt;year&gt;.csv): a header 问卷编号, 维度 and the
/// question ids, then one questionnaire a row; scores them by the survey's method (docs/evaluation.md).
/// </summary>
public static class SurveyAnswers
{
    public static string PathFor(string factsPath, string year) =>
        Path.Combine(Path.GetDirectoryName(factsPath)!, $"survey-{year}.csv");

    public static SurveyResult Score(string path, SurveyForm form)
    {
        var file = DisplayPath.Of(path);
        var rows = SourceText.Read(path).Split('\n').Select((line, i) => (Cells: line.Split(',').Select(c => c.Trim())
            .ToArray(), Line: i + 1))
            .Where(r => r.Cells.Any(c => c.Length > 0)).ToList();
        var diagnostics = new DiagnosticBag();
        var questions = form.Questions.Select(q => q.Id).ToList();
        string[] expected = ["问卷编号", "维度", .. questions];
        if (rows.Count == 0 || !rows[0].Cells.SequenceEqual(expected))
            throw new UserError(new SourceLocation(file, rows.Count == 0 ? 1 : rows[0].Line),
                "the header of the answers is not the survey's",
                $"write the first line as: {string.Join(",", expected)}");
        var scores = form.Scale.ToDictionary(p => p.Answer.ToString(), p => p.Score);
        var sheets = new List<(string Dimension, Dictionary<string, double> Aspects)>();
        foreach (var (cells, line) in rows.Skip(1))
        {
            var at = new SourceLocation(file, line);
            if (cells.Length != expected.Length)
            {
                diagnostics.Add(at, $"the row has {cells.Length} cells, the header {expected.Length}",
                    "give every question a cell; leave it empty for 不适用");
                continue;
            }
            if (!form.Dimensions.Contains(cells[1]))
                diagnostics.Add(at, $"'{cells[1]}' is not a dimension of the survey",
                    $"write one of: {string.Join("、", form.Dimensions)}");
            var aspects = new Dictionary<string, double>();
            var answered = new Dictionary<string, double>();
            for (var i = 0; i < questions.Count; i++)
            {
                var answer = cells[i + 2];
                if (answer.Length == 0) continue;
                if (scores.TryGetValue(answer, out var score)) answered[questions[i]] = score;
                else diagnostics.Add(at,
                    $"questionnaire {cells[0]}: the answer '{answer}' to {questions[i]} is out of range",
                    $"answer {string.Join("/", form.Scale.Select(p => p.Answer))} "
                    + $"({string.Join("、", form.Scale.Select(p => $"{p.Answer} {p.Label}"))}) or leave it empty");
            }
            foreach (var aspect in form.Aspects)
            {
                var given = aspect.Questions.Where(q => answered.ContainsKey(q.Id)).Select(q => answered[q.Id])
                    .ToList();
                if (given.Count > 0) aspects[aspect.Name] = given.Average();
            }
            if (aspects.Count == 0 && answered.Count == 0 && cells.Skip(2).All(c => c.Length == 0))
                diagnostics.Add(at, $"questionnaire {cells[0]} has no answer", "delete the row, or type its answers");
            sheets.Add((cells[1], aspects));
        }
        diagnostics.ThrowIfAny();
        if (sheets.Count == 0)
            throw new UserError(new SourceLocation(file, 1), "no questionnaire in the answers",
                "add one row per returned questionnaire");
        var perSheet = sheets.Where(s => s.Aspects.Count > 0).Select(s => (s.Dimension,
            Figure: s.Aspects.Values.Average())).ToList();
        return new SurveyResult(Path.GetFileName(path), sheets.Count, perSheet.Average(s => s.Figure),
            form.Dimensions.Select(d => (d, perSheet.Count(s => s.Dimension == d),
                perSheet.Where(s => s.Dimension == d).Select(s => s.Figure).DefaultIfEmpty(0).Average())).ToList(),
            form.Aspects.Select(a => (a.Name, sheets.Where(s => s.Aspects.ContainsKey(a.Name)).Select(
                s => s.Aspects[a.Name])
                .DefaultIfEmpty(0).Average())).ToList());
    }
}

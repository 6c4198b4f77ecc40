using System.Globalization;
using StdKit.Content.Reading;
using StdKit.Model.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace StdKit.Evaluation.Schemes;

public sealed record SurveyQuestion(string Id, string Text);

public sealed record SurveyAspect(string Name, IReadOnlyList<SurveyQuestion> Questions);

/// <summary>A possible answer: what is ticked (5), what it says (非常满意) and what it scores (100).</summary>
public sealed record ScalePoint(int Answer, string Label, double Score);

/// <summary>
/// A satisfaction questionnaire (满意度调查问卷) of content/evaluation/: its dimensions, answer scale and questions
/// by aspect, from which the questionnaire .docx is printed and returned answers are scored (docs/evaluation.md).
/// </summary>
public sealed record SurveyForm(string Id, string Title, string Source, IReadOnlyList<string> Dimensions,
    IReadOnlyList<ScalePoint> Scale, IReadOnlyList<SurveyAspect> Aspects)
{
    private static readonly string[] Keys = ["id", "title", "source", "dimensions", "scale", "aspects"];

    public IEnumerable<SurveyQuestion> Questions => Aspects.SelectMany(a => a.Questions);

    public static SurveyForm Read(string path)
    {
        var lines = LineMap.Identity(path);
        var diagnostics = new DiagnosticBag();
        var yaml = new YamlMappingReader(YamlText.Load(SourceText.Read(path), lines, 1), Keys, lines, 1, diagnostics,
            "survey");
        var scale = new List<ScalePoint>();
        foreach (var node in (yaml.Node("scale") as YamlSequenceNode)?.Children ?? [])
        {
            var point = new YamlMappingReader(node, ["answer", "label", "score"], lines, 1, diagnostics, "scale point");
            if (int.TryParse(point.Required("answer", "5"), out var answer)
                && double.TryParse(point.Required("score", "100"), CultureInfo.InvariantCulture, out var score))
                scale.Add(new ScalePoint(answer, point.Required("label", "非常满意"), score));
            else point.Error("answer", "answer and score must be numbers",
                "write {answer: 5, label: 非常满意, score: 100}");
        }
        var aspects = new List<SurveyAspect>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in (yaml.Node("aspects") as YamlSequenceNode)?.Children ?? [])
        {
            var aspect = new YamlMappingReader(node, ["name", "questions"], lines, 1, diagnostics, "aspect");
            var questions = new List<SurveyQuestion>();
            foreach (var q in (aspect.Node("questions") as YamlSequenceNode)?.Children ?? [])
            {
                var question = new YamlMappingReader(q, ["id", "text"], lines, 1, diagnostics, "question");
                var id = question.Required("id", "Q1");
                if (!ids.Add(id)) question.Error("id", $"the question id '{id}' is used twice",
                    "give each question its own id");
                questions.Add(new SurveyQuestion(id, question.Required("text", "办事指引清晰、明确")));
            }
            aspects.Add(new SurveyAspect(aspect.Required("name", "服务受理"), questions));
        }
        if (scale.Count == 0) yaml.Error("scale", "a survey without an answer scale",
            "write scale: with {answer, label, score} points");
        if (aspects.Count == 0) yaml.Error("aspects", "a survey without questions",
            "write aspects: with a name and questions each");
        diagnostics.ThrowIfAny();
        return new SurveyForm(yaml.Required("id", "satisfaction-survey"), yaml.Required("title", "服务满意度调查问卷"),
            yaml.Text("source") ?? "", yaml.List("dimensions"), scale, aspects);
    }
}

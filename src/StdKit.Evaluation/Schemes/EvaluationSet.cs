using StdKit.Model.Diagnostics;

namespace StdKit.Evaluation.Schemes;

/// <summary>
/// Everything of content/evaluation/: the unit table, the schemes (every other .yaml) and the surveys (surveys/),
/// read once and checked together — a scheme naming a survey that does not exist is a mistake of the scheme.
/// </summary>
public sealed class EvaluationSet
{
    public const string Folder = "evaluation";
    /// <summary>The questionnaires, in a folder of their own inside <see cref="Folder"/>.</summary>
    public const string SurveyFolder = "surveys";

    public required UnitTable Units { get; init; }
    public required IReadOnlyList<EvaluationScheme> Schemes { get; init; }
    public required IReadOnlyList<SurveyForm> Surveys { get; init; }

    public SurveyForm? Survey(string id) => Surveys.FirstOrDefault(s => s.Id == id);

    /// <summary>The scheme of that id, or a user error listing the schemes there are.</summary>
    public EvaluationScheme Scheme(string id, SourceLocation mentionedAt) =>
        Schemes.FirstOrDefault(s => s.Id == id) ?? throw new UserError(mentionedAt,
            $"no evaluation scheme '{id}'",
            NearestName.Find(id, Schemes.Select(s => s.Id)) is { } near
                ? $"did you mean '{near}'?"
                : $"use one of: {string.Join(", ", Schemes.Select(s => s.Id))}");

    /// <summary>Reads one file, keeping its mistakes with the others': every file's are reported at once.</summary>
    private static void Collect(Action read, List<Diagnostic> errors)
    {
        try
        {
            read();
        }
        catch (UserError e)
        {
            errors.AddRange(e.Diagnostics);
        }
    }

    /// <param name="contentRoot">The content tree; its evaluation/ folder holds the schemes.</param>
    public static EvaluationSet Load(string contentRoot)
    {
        var folder = Path.Combine(contentRoot, Folder);
        var unitsPath = Path.Combine(folder, UnitTable.FileName);
        if (!File.Exists(unitsPath))
            throw new UserError(new SourceLocation(folder, 1), "the content tree has no evaluation schemes",
                $"add {Folder}/{UnitTable.FileName} and the schemes (docs/evaluation.md)");
        var units = UnitTable.Read(unitsPath);
        var schemes = new List<EvaluationScheme>();
        var surveys = new List<SurveyForm>();
        var errors = new List<Diagnostic>();
        var schemeFiles = Directory.EnumerateFiles(folder, "*.yaml")
            .Where(f => f != unitsPath)
            .Order(StringComparer.Ordinal);
        foreach (var file in schemeFiles)
            Collect(() => schemes.Add(SchemeReader.Read(file, units)), errors);
        var surveyFolder = Path.Combine(folder, SurveyFolder);
        if (Directory.Exists(surveyFolder))
            foreach (var file in Directory.EnumerateFiles(surveyFolder, "*.yaml").Order(StringComparer.Ordinal))
                Collect(() => surveys.Add(SurveyForm.Read(file)), errors);
        foreach (var scheme in schemes)
            foreach (var criterion in scheme.Criteria.Where(c =>
                c.Survey is not null && surveys.All(s => s.Id != c.Survey)))
                errors.Add(new Diagnostic(criterion.Source, $"no survey '{criterion.Survey}' for '{criterion.Name}'",
                    $"use the id of a survey in {Folder}/{SurveyFolder}/: "
                    + $"{string.Join(", ", surveys.Select(s => s.Id))}"));
        if (errors.Count > 0) throw new UserError(errors);
        return new EvaluationSet { Units = units, Schemes = schemes, Surveys = surveys };
    }
}

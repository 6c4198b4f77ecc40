using System.Globalization;
using StdKit.Content.Reading;
using StdKit.Evaluation.Schemes;
using StdKit.Model.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace StdKit.Evaluation.Facts;

/// <summary>A measured value as typed ("500万元") and read in its criterion's unit; or a yes/no answer.</summary>
public sealed record FactValue(string Typed, double Value, SourceLocation Source);

/// <summary>A level the agency gives itself on an assessed criterion, with its evidence.</summary>
public sealed record Assessment(int Level, string Evidence, SourceLocation Source);

/// <summary>The checks of one of its own standards the agency recorded in the trial period.</summary>
public sealed record CheckRecord(string Standard, int Count, SourceLocation Source);

/// <summary>
/// An agency's facts for one year (content/agencies/&lt;agency&gt;/evaluation-&lt;year&gt;.yaml, docs/evaluation.md):
/// indicator values with their units, self-assessed levels with evidence, the start of the system's trial operation
/// and the records of checks. Read against the schemes, so a name, unit or level they do not know is a mistake here.
/// </summary>
public sealed class AgencyFacts
{
    private static readonly string[] Keys = ["year", "evaluated-on", "values", "assessments", "trial-start", "checks"];
    private static readonly string[] AssessmentKeys = ["level", "evidence"];
    /// <summary>What a value says when its figure comes from the returned questionnaires.</summary>
    public const string FromSurvey = "问卷";

    public required string Path { get; init; }
    public required string Year { get; init; }
    public DateOnly? EvaluatedOn { get; init; }
    public DateOnly? TrialStart { get; init; }
    public SourceLocation TrialStartSource { get; init; } = new("", 1);
    public required IReadOnlyDictionary<string, FactValue> Values { get; init; }
    /// <summary>Criteria whose value the facts take from the survey ("问卷"), with where they say so.</summary>
    public required IReadOnlyDictionary<string, SourceLocation> SurveyValues { get; init; }
    public required IReadOnlyDictionary<string, Assessment> Assessments { get; init; }
    public required IReadOnlyList<CheckRecord> Checks { get; init; }

    /// <summary>The facts file of an agency for a year, or its latest year when none is given.</summary>
    public static string Find(string agenciesFolder, string agency, string? year)
    {
        var folder = System.IO.Path.Combine(agenciesFolder, agency);
        if (year is not null)
        {
            var path = System.IO.Path.Combine(folder, $"evaluation-{year}.yaml");
            if (File.Exists(path)) return path;
            throw new UserError(new SourceLocation(DisplayPath.Of(path), 1), $"no facts of {agency} for {year}",
                $"write them in {DisplayPath.Of(path)} (docs/evaluation.md), or give a year that has them");
        }
        var latest = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "evaluation-*.yaml").Order(StringComparer.Ordinal).LastOrDefault()
            : null;
        return latest ?? throw new UserError(new SourceLocation(DisplayPath.Of(folder), 1),
            $"no evaluation facts of {agency}",
                $"write them in {DisplayPath.Of(folder)}/evaluation-<year>.yaml (docs/evaluation.md)");
    }

    public static AgencyFacts Read(string path, EvaluationSet set)
    {
        var lines = LineMap.Identity(DisplayPath.Of(path));
        var diagnostics = new DiagnosticBag();
        var yaml = new YamlMappingReader(YamlText.Load(SourceText.Read(path), lines, 1), Keys, lines, 1, diagnostics,
            "facts");
        var criteria = set.Schemes.SelectMany(s => s.Preconditions.Concat(s.Criteria))
            .Where(c => c.Computed is null).ToDictionary(c => c.Name, StringComparer.Ordinal);
        var values = new Dictionary<string, FactValue>(StringComparer.Ordinal);
        var fromSurvey = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var (name, node, at) in Entries(yaml, "values", lines, diagnostics))
        {
            var typed = (node as YamlScalarNode)?.Value?.Trim() ?? "";
            if (!Known(name, at, criteria, c => !c.IsAssessed, "values", diagnostics, out var criterion)) continue;
            if (typed.Length == 0)
                diagnostics.Add(at, $"'{name}' has no value",
                    "write the value with its unit, or delete the line: it is then not assessed");
            else if (criterion.Expect is not null)
            {
                if (typed is "是" or "否") values[name] = new FactValue(typed, typed == criterion.Expect ? 1 : 0, at);
                else diagnostics.Add(at, $"'{name}' must be answered 是 or 否, not '{typed}'", $"write {name}: 是");
            }
            else if (typed == FromSurvey && criterion.Survey is not null) fromSurvey[name] = at;
            else if (Measure(criterion, typed, at, set.Units, diagnostics) is { } value) values[name] = value;
        }
        var assessments = new Dictionary<string, Assessment>(StringComparer.Ordinal);
        foreach (var (name, node, at) in Entries(yaml, "assessments", lines, diagnostics))
        {
            if (!Known(name, at, criteria, c => c.IsAssessed, "assessments", diagnostics, out var criterion)) continue;
            var item = new YamlMappingReader(node, AssessmentKeys, lines, 1, diagnostics, "assessment");
            var levels = set.Schemes.First(s => s.Criteria.Contains(criterion)).Levels;
            var typed = item.Required("level", levels[0]);
            var level = int.TryParse(typed, out var n) ? n : levels.ToList().IndexOf(typed) + 1;
            if (level < 1 || level > levels.Count)
                item.Error("level", $"'{typed}' is not a level of '{name}'",
                    $"write one of {string.Join("、", levels)} (or 1–{levels.Count})");
            else assessments[name] = new Assessment(level, item.Required("evidence", "服务覆盖全省16个州（市）"), at);
        }
        var checks = new List<CheckRecord>();
        foreach (var (standard, node, at) in Entries(yaml, "checks", lines, diagnostics))
        {
            var text = (node as YamlScalarNode)?.Value?.Trim().TrimEnd('次') ?? "";
            if (int.TryParse(text, out var count) && count >= 0) checks.Add(new CheckRecord(standard, count, at));
            else diagnostics.Add(at, $"the checks of {standard} must be a count, not '{text}'",
                $"write {standard}: 2次");
        }
        var facts = new AgencyFacts
        {
            Path = path, Year = yaml.Required("year", "2025"), Values = values, SurveyValues = fromSurvey,
            Assessments = assessments, Checks = checks,
            EvaluatedOn = Date(yaml, "evaluated-on"), TrialStart = Date(yaml, "trial-start"),
            TrialStartSource = yaml.LocationOf("trial-start"),
        };
        diagnostics.ThrowIfAny();
        return facts;
    }

    private static FactValue? Measure(Criterion criterion, string typed, SourceLocation at, UnitTable units,
        DiagnosticBag diagnostics)
    {
        var (value, error) = units.Read(typed, criterion.Unit!);
        var example = $"{criterion.Name}: {(criterion.Unit == "%" ? "95%" : "50" + criterion.Unit)}";
        if (error is not null) diagnostics.Add(at, $"{criterion.Name}: {error}",
            $"write the value in {criterion.Unit}, e.g. {example}");
        else if (value < 0) diagnostics.Add(at, $"{criterion.Name} cannot be negative ('{typed}')",
            $"write e.g. {example}");
        else if (criterion.Unit == "%" && value > 100) diagnostics.Add(at,
            $"{criterion.Name} is a percentage over 100 ('{typed}')", "write a share from 0% to 100%");
        else return new FactValue(typed, value, at);
        return null;
    }

    private static bool Known(string name, SourceLocation at, Dictionary<string, Criterion> criteria,
        Func<Criterion, bool> fits,
        string section, DiagnosticBag diagnostics, out Criterion criterion)
    {
        if (criteria.TryGetValue(name, out criterion!) && fits(criterion)) return true;
        var names = criteria.Values.Where(fits).Select(c => c.Name).ToList();
        diagnostics.Add(at, criteria.ContainsKey(name) ? $"'{name}' does not belong under {section}"
            : $"no criterion '{name}' in the schemes",
            NearestName.Find(name, names) is { } near ? $"did you mean '{near}'?"
                : $"{section} takes: {string.Join("、", names)}");
        return false;
    }

    private static IEnumerable<(string Key, YamlNode Value, SourceLocation At)> Entries(YamlMappingReader yaml,
        string key, LineMap lines, DiagnosticBag diagnostics)
    {
        switch (yaml.Node(key))
        {
            case null:
                return [];
            case YamlMappingNode map:
                return map.Children.Select(c => ((c.Key as YamlScalarNode)?.Value?.Trim() ?? "", c.Value,
                    c.Key.Locate(lines, 1))).ToList();
            default:
                diagnostics.Add(yaml.LocationOf(key), $"{key} must be 'name: value' lines",
                    $"indent one 'name: value' a line under {key}:");
                return [];
        }
    }

    private static DateOnly? Date(YamlMappingReader yaml, string key)
    {
        if (yaml.Text(key) is not { } text) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None,
            out var date)) return date;
        yaml.Error(key, $"'{text}' is not a date", $"write {key}: 2025-06-01");
        return null;
    }
}

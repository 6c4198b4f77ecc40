using StdKit.Checker.Core;
using StdKit.Model.Diagnostics;
using StdKit.Model.Documents;

namespace StdKit.Checker;

/// <summary>
/// Runs the rules over standards one by one and over all of them as a system. A rule is switched off for a project
/// (stdkit.yaml <c>lint-disable</c>) or for one file (front matter <c>lint-disable</c>).
/// </summary>
public sealed class Linter(IReadOnlyList<Rule> rules)
{
    public static Linter Default { get; } = new(RuleSet.All);

    public IReadOnlyList<Rule> Rules { get; } = rules;

    /// <param name="restOfSystem">The other standards of the system the checked ones belong to: the system rules see
    /// them (a cited standard is in the system), but their own findings are not reported.</param>
    public IReadOnlyList<Finding> Check(IReadOnlyList<Standard> standards, IReadOnlyCollection<string> projectDisabled,
        IReadOnlyList<Standard>? restOfSystem = null)
    {
        Validate(standards, projectDisabled);
        var contexts = standards.Select(s => new DocumentContext(s)).ToList();
        var system = contexts.Concat((restOfSystem ?? []).Select(s => new DocumentContext(s))).ToList();
        var disabledByFile = standards.ToDictionary(s => s.SourcePath,
            s => s.Metadata.DisabledRules.Concat(projectDisabled).ToHashSet());
        var findings = new List<Finding>();
        foreach (var rule in Rules.Where(r => !projectDisabled.Contains(r.Id)))
        {
            if (rule is DocumentRule documentRule)
                foreach (var context in contexts.Where(c => !disabledByFile[c.Standard.SourcePath].Contains(rule.Id)))
                    findings.AddRange(documentRule.Check(context));
            else if (rule is SystemRule systemRule)
                findings.AddRange(systemRule.Check(system)
                    .Where(f => disabledByFile.TryGetValue(f.Location.File, out var off) && !off.Contains(rule.Id)));
        }
        return findings.OrderBy(f => f.Location.File, StringComparer.Ordinal).ThenBy(f => f.Location.Line).ToList();
    }

    private void Validate(IReadOnlyList<Standard> standards, IReadOnlyCollection<string> projectDisabled)
    {
        var known = Rules.Select(r => r.Id).ToHashSet();
        var diagnostics = new DiagnosticBag();
        foreach (var (id, where) in projectDisabled.Select(id => (id, "stdkit.yaml"))
                     .Concat(standards.SelectMany(s => s.Metadata.DisabledRules.Select(id => (id, s.SourcePath)))))
        {
            if (known.Contains(id)) continue;
            var near = NearestName.Find(id, known);
            diagnostics.Add(new SourceLocation(where, 1), $"unknown rule '{id}' in lint-disable",
                near is null ? "run stdkit lint --rules for the list of rules" : $"did you mean '{near}'?");
        }
        diagnostics.ThrowIfAny();
    }
}

using StdKit.Build;
using StdKit.Content.Project;
using StdKit.Evaluation.Engine;
using StdKit.Evaluation.Evidence;
using StdKit.Evaluation.Facts;
using StdKit.Evaluation.Schemes;
using StdKit.Model.Diagnostics;

namespace StdKit.Evaluation;

/// <summary>
/// Evaluates one agency: its facts for a year read against the schemes, its system planned (as <c>stdkit build</c>
/// plans it) for the review's figures, evidence found in its standards through the knowledge base. Everything is read
/// and checked before any result exists, so a mistake stops the evaluation with file:line.
/// </summary>
public sealed class AgencyEvaluation(ContentProject project, EvaluationSet set)
{
    public EvaluationSet Set { get; } = set;

    /// <param name="schemeIds">The schemes to run; every scheme when empty.</param>
    /// <param name="evidence">Opens the knowledge base search the evidence is found with, once everything is read; no
    /// evidence when null.</param>
    /// <param name="plan">The agency's planned system when the caller has it already.</param>
    public EvaluationResult Run(string agencyId, string? year, IReadOnlyList<string> schemeIds,
        Func<EvidenceFinder>? evidence, SystemPlan? plan = null)
    {
        var schemes = schemeIds.Count == 0
            ? Set.Schemes
            : schemeIds.Select(id => Set.Scheme(id, new SourceLocation("--scheme", 1))).ToList();
        var agency = project.Agency(agencyId);
        var facts = AgencyFacts.Read(AgencyFacts.Find(project.AgenciesFolder, agency.Id, year), Set);
        plan ??= new SystemPlanner(project).Plan(agency, pdf: false);
        var exempt = schemes.SelectMany(s => s.Criteria).Where(c => c.Computed == ComputedValue.Completeness)
            .SelectMany(c => c.Except).ToList();
        var computed = SystemReview.Compute(plan, project.CatalogueFor(agency), facts, exempt);
        var search = evidence?.Invoke();
        return new Evaluator(Set).Evaluate(agency.Id, agency.Name, facts, schemes, computed,
            search is null ? null : words => search.Find(agency.Id, words));
    }
}

using System.Collections.Concurrent;
using StdKit.Evaluation;
using StdKit.Evaluation.Engine;
using StdKit.Evaluation.Evidence;
using StdKit.Evaluation.Schemes;

namespace StdKit.Web.Library;

/// <summary>
/// The agencies' self-evaluations as <c>stdkit evaluate</c> computes them — facts and schemes from the content tree,
/// the system as planned for the 体系 page, evidence from the warm knowledge base — once per agency.
/// </summary>
public sealed class Evaluations(StandardDocuments documents, KnowledgeBaseAccess kb)
{
    private readonly Lazy<EvaluationSet?> _set = new(() =>
        Directory.Exists(Path.Combine(documents.Project.Root, EvaluationSet.Folder))
            ? EvaluationSet.Load(documents.Project.Root) : null);
    private readonly ConcurrentDictionary<string, Lazy<EvaluationResult>> _results = new();

    /// <summary>Whether the agency has facts to evaluate: a folder of its own beside its profile with a facts
    /// file.</summary>
    public bool HasFacts(string agency) =>
        _set.Value is not null
        && Directory.Exists(Path.Combine(documents.Project.AgenciesFolder, agency))
        && Directory.EnumerateFiles(Path.Combine(documents.Project.AgenciesFolder, agency), "evaluation-*.yaml").Any();

    public EvaluationResult Of(string agency) =>
        _results.GetOrAdd(agency, id => new Lazy<EvaluationResult>(() =>
            new AgencyEvaluation(documents.Project, _set.Value!).Run(id, null, [], () => new EvidenceFinder(kb.Search),
                documents.System(id, withDrafts: true)))).Value;
}

using System.Collections.Concurrent;
using StdKit.Build;
using StdKit.Checker;
using StdKit.Checker.Core;
using StdKit.Content;
using StdKit.Content.Project;
using StdKit.Content.Reading;
using StdKit.Indexing.Sources;
using StdKit.Model.Diagnostics;
using StdKit.Model.Documents;
using StdKit.Model.Metadata;
using StdKit.Search.Knowledge;

namespace StdKit.Web.Library;

/// <summary>A standard read from content as the knowledge base lists it, and for drafts what the checker finds in
/// it.</summary>
public sealed record ReadStandard(ListedStandard Listed, Standard Standard, IReadOnlyList<Finding> Findings);

/// <summary>
/// Reads the standards and systems the knowledge base lists from the content tree, as <c>stdkit render</c> and
/// <c>stdkit build</c> read them, once each. Every path comes from the knowledge base, never from a request.
/// </summary>
public sealed class StandardDocuments(ContentProject project)
{
    private readonly ConcurrentDictionary<ListedStandard, Lazy<ReadStandard>> _standards = new();
    private readonly ConcurrentDictionary<(string, bool), Lazy<SystemPlan>> _systems = new();

    public ContentProject Project { get; } = project;

    public ReadStandard Read(ListedStandard listed) =>
        _standards.GetOrAdd(listed, l => new Lazy<ReadStandard>(() => Load(l))).Value;

    /// <summary>The plan of an agency's system: its members and every document a build writes.</summary>
    /// <param name="withDrafts">Whether its drafts below 征求意见稿 are listed and written: for the agency's members
    /// only.</param>
    public SystemPlan System(string agency, bool withDrafts) =>
        _systems.GetOrAdd((agency, withDrafts), key => new Lazy<SystemPlan>(() =>
            new SystemPlanner(Project).Plan(Project.Agency(key.Item1), pdf: false,
                key.Item2 ? null : s => s.Metadata.Stage.IsPublic()))).Value;

    private ReadStandard Load(ListedStandard listed)
    {
        var standard = listed.Agency is null
            ? TreeStandards.Read(DisplayPath.Of(Path.Combine(Project.Root, listed.Source)), Project)
            : ReadForAgency(listed);
        // Drafts are what committees check: the checker's findings are shown at their clauses.
        var findings = standard.Metadata.Stage == DraftStage.Published
            ? []
            : Linter.Default.Check([standard], Project.DisabledRules);
        return new ReadStandard(listed, standard, findings);
    }

    /// <summary>A standard of an agency's system, with the number and values the system gives it.</summary>
    private Standard ReadForAgency(ListedStandard listed)
    {
        var agency = Project.Agency(listed.Agency!);
        var planned = Project.Library?.Plan(agency).FirstOrDefault(p => p.Slot.Number == listed.Number)
            ?? throw new UserError(new SourceLocation(listed.Source, 1),
                $"{listed.Number} is no longer in the system of {listed.Agency}",
                    "run stdkit index to bring the knowledge base up to date");
        return StandardReader.Read(DisplayPath.Of(planned.Entry.Path), Project.CatalogueFor(agency), agency,
            planned.Slot);
    }
}

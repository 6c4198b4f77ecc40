using StdKit.Model.Diagnostics;
using StdKit.Content.Project;
using StdKit.Indexing.Sources;
using StdKit.Search.Index;
using StdKit.Search.Knowledge;

namespace StdKit.Indexing;

/// <summary>Which agency systems a fill covers besides the content tree's own standards.</summary>
public abstract record AgencySelection
{
    /// <summary>The agency the tree's stdkit.yaml names as default.</summary>
    public sealed record Default : AgencySelection;
    /// <summary>Every profile in agencies/.</summary>
    public sealed record All : AgencySelection;
    /// <summary>The profiles named (ids in agencies/ or paths).</summary>
    public sealed record Named(IReadOnlyList<string> Ids) : AgencySelection;
}

/// <summary>
/// <c>stdkit index</c>: fills the knowledge base from a content tree — its own standards and the selected agencies'
/// systems — and brings the search index up to date with it.
/// </summary>
public static class ContentIndexer
{
    public static FillResult Index(string content, KnowledgeBaseLocation knowledgeBase, AgencySelection agencies,
        Action<string> notify)
    {
        var read = Read(content, agencies);
        using var writer = WriterLock.Acquire(knowledgeBase, notify);
        return Fill(read, knowledgeBase, notify);
    }

    /// <summary>
    /// Fills the knowledge base from the content tree's default system when there is none yet, or one of an older
    /// schema — as the first search of a fresh checkout does. Of many processes asking at once, one fills it and the
    /// others wait for it and use what it filled.
    /// </summary>
    public static void IndexIfMissing(string content, KnowledgeBaseLocation knowledgeBase, Action<string> notify)
    {
        if (!IsMissing(knowledgeBase)) return;
        using var writer = WriterLock.Acquire(knowledgeBase, notify);
        if (!IsMissing(knowledgeBase)) return;
        notify($"knowledge base {knowledgeBase} is missing or outdated: indexing {content} first");
        Fill(Read(content, new AgencySelection.Default()), knowledgeBase, notify);
    }

    private static bool IsMissing(KnowledgeBaseLocation knowledgeBase) =>
        knowledgeBase.State() is SchemaState.Empty or SchemaState.Older;

    private sealed record ContentRead(ContentProject Project, IReadOnlyList<AgencyProfile> Systems,
        IReadOnlyList<IndexScope> Scopes);

    /// <summary>Everything read first: a mistake in any file stops the fill before the knowledge base is
    /// touched.</summary>
    private static ContentRead Read(string content, AgencySelection agencies)
    {
        var root = Directory.Exists(content) ? ContentProject.FindRoot(content) : null;
        if (root is null)
            throw new UserError($"no content tree at {content} (no {ContentProject.SettingsFile} in it or above it)",
                "give the content folder, e.g. stdkit index content");
        var project = ContentProject.Load(root);
        if (project.Library is null && agencies is not AgencySelection.Default)
            throw new UserError(
                $"the content tree {root} has no framework and library, so no agency has a system to index",
                "leave out --agency, or add content/framework and content/library");
        var systems = project.Library is null ? [] : Profiles(project, agencies);
        return new ContentRead(project, systems, ContentSources.Read(project, systems));
    }

    /// <summary>Fills the knowledge base and updates its index; the caller holds the writer lock.</summary>
    private static FillResult Fill(ContentRead read, KnowledgeBaseLocation knowledgeBase, Action<string> notify)
    {
        using var kb = knowledgeBase.OpenForWriting(notify);
        var result = kb.Fill(new FillInput(read.Scopes, read.Project.Framework,
            read.Systems.Select(p => (p.Id, p.Name)).ToList(), read.Project.Synonyms.Pairs));
        SearchIndex.Update(kb, notify);
        return result;
    }

    private static IReadOnlyList<AgencyProfile> Profiles(ContentProject project,
        AgencySelection agencies) => agencies switch
    {
        AgencySelection.All => Directory.Exists(project.AgenciesFolder)
            ? Directory.EnumerateFiles(project.AgenciesFolder, "*.yaml")
                .Order(StringComparer.Ordinal)
                .Select(project.Agency)
                .ToList()
            : [],
        AgencySelection.Named named => named.Ids.Distinct().Select(project.Agency).ToList(),
        _ => [project.DefaultAgency],
    };
}

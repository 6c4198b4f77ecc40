using StdKit.Search.Knowledge;

namespace StdKit.Search.Index;

/// <summary>
/// What a commit of the search index was built from, as its commit data records it: the knowledge base, its
/// generation, the generation of the last full rebuild (later ones were caught up) and the standards it holds.
/// </summary>
/// <param name="KnowledgeBase">The knowledge base's id; empty for an index of another format.</param>
/// <param name="Standards">Each standard's row id and the start of its content hash: "12:9F2C… 13:04AB…".</param>
internal sealed record IndexBuild(string KnowledgeBase, long Generation, long Rebuilt, string Standards)
{
    /// <summary>Whether it was built from <paramref name="kb"/>, at its generation or an earlier one.</summary>
    public bool Of(IKnowledgeBase kb) => KnowledgeBase == kb.Id && Generation <= kb.Generation;

    public Dictionary<long, string> StandardVersions() => Standards
        .Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .Select(pair => pair.Split(':'))
        .ToDictionary(pair => long.Parse(pair[0]), pair => pair[1]);

    public static string List(IReadOnlyDictionary<long, string> versions) =>
        string.Join(' ', versions.Select(v => $"{v.Key}:{v.Value}"));
}

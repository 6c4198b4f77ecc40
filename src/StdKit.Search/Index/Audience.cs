using Lucene.Net.Index;
using Lucene.Net.Search;
using StdKit.Model.Metadata;

namespace StdKit.Search.Index;

/// <summary>
/// Who may find a clause, as one keyword of its document: anyone, or the members of the agency whose draft below
/// 征求意见稿 it is (the content tree's own drafts have a key of their own). A search for someone filters on the keys
/// they may see inside Lucene, so that hits, totals and facet counts count only what they may open.
/// </summary>
public static class Audience
{
    public const string Public = "public";

    /// <summary>The key of the content tree's own drafts, which no agency id can be (ids have no "~").</summary>
    public const string Tree = "~tree";

    public static string Of(string? agency, DraftStage stage) =>
        DraftStageNames.IsPublic(stage) ? Public : agency is null ? Tree : "agency:" + agency;

    /// <summary>Matches the clauses the scope may see.</summary>
    public static Lucene.Net.Search.Query Filter(SearchScope scope)
    {
        var keys = new BooleanQuery { { new RememberedTermQuery(ClauseFields.Audience, Public), Occur.SHOULD } };
        foreach (var agency in scope.Agencies)
            keys.Add(new RememberedTermQuery(ClauseFields.Audience, "agency:" + agency), Occur.SHOULD);
        if (scope.TreeDrafts) keys.Add(new RememberedTermQuery(ClauseFields.Audience, Tree), Occur.SHOULD);
        return keys;
    }
}

using System.Net;
using System.Text.RegularExpressions;

namespace StdKit.Tests.Web;

/// <summary>What the tests read from the workbench's pages: links and ids.</summary>
public static partial class Html
{
    /// <summary>Every href of a page, entities decoded.</summary>
    public static IEnumerable<string> Links(string html) =>
        Href().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value));

    /// <summary>Every id of a page, entities decoded.</summary>
    public static ISet<string> Ids(string html) =>
        Id().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToHashSet();

    [GeneratedRegex("\\shref=\"([^\"]*)\"")]
    private static partial Regex Href();

    [GeneratedRegex("\\sid=\"([^\"]*)\"")]
    private static partial Regex Id();
}

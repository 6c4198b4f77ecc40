using StdKit.Web.Access;
using StdKit.Web.Rendering;
using StdKit.Web.Routes;

namespace StdKit.Web.Pages;

/// <summary>
/// Every page's frame — head, the navigation between the five parts of the workbench, the account, the footer —
/// written once: around the Razor pages by <c>Shell.razor</c>, around the pages written directly by themselves.
/// </summary>
public static class PageShell
{
    private static readonly (string Href, string Label)[] Parts =
        [(Links.Search, "检索"), (Links.Standards, "标准"), (Links.Systems, "体系"), (Links.Terms, "术语"),
            (Links.References, "引用")];

    /// <summary>Everything before the page's own content, up to the opening of <c>main</c>.</summary>
    /// <param name="part">The part of the workbench the page belongs to, marked in the navigation.</param>
    /// <param name="script">Whether the page loads the script of search as you type.</param>
    public static void Top(HtmlText html, string title, string? part, bool script, string? bodyClass,
        AccessPolicy access)
    {
        html.Raw("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
            .Text(title).Raw(" — StdKit 标准工作台</title>\n<link rel=\"stylesheet\" href=\"/assets/site.css\">\n");
        if (script) html.Raw("<script src=\"/assets/search.js\" defer></script>\n");
        html.Raw("</head>\n").Open("body", ("class", bodyClass))
            .Raw("\n<header class=\"top\">\n<a class=\"brand\" href=\"/\">StdKit 标准工作台</a>\n<nav>");
        foreach (var (href, label) in Parts)
            html.Element("a", label, ("href", href), ("class", label == part ? "active" : null));
        html.Raw("</nav>\n");
        if (access.HasAccounts)
        {
            html.Raw("<span class=\"account\">");
            if (access.User is { } user) html.Text(user).Element("a", "退出", ("href", SignInRoutes.SignOut));
            else html.Element("a", "登录", ("href", SignInRoutes.SignIn));
            html.Raw("</span>\n");
        }
        html.Raw("</header>\n<main>");
    }

    /// <summary>Everything after the page's own content.</summary>
    public const string Bottom = "</main>\n<footer>StdKit · 依据 GB/T 1.1—2020 编写和检查标准</footer>\n</body>\n</html>\n";
}

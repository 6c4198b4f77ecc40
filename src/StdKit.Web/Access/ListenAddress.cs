using System.Net;
using StdKit.Model.Diagnostics;

namespace StdKit.Web.Access;

/// <summary>Without accounts the workbench is one person's, on their computer: it listens on the loopback address
/// only.</summary>
public static class ListenAddress
{
    public static bool IsLoopback(string url)
    {
        if (!Uri.TryCreate(url.Replace("://*", "://0.0.0.0").Replace("://+", "://0.0.0.0"), UriKind.Absolute,
                out var uri)) return false;
        return uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
    }

    /// <summary>Refuses addresses other computers can reach unless accounts decide who sees what.</summary>
    public static void Check(string urls, bool hasAccounts)
    {
        if (hasAccounts) return;
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            if (!IsLoopback(url))
                throw new UserError($"--urls {url} lets other computers in, and the workbench has no accounts",
                    "add accounts first (stdkit account add <user> --agency <id> --role reader) and give them with "
                    + "--accounts, or listen on http://127.0.0.1:<port> only");
    }
}

using System.Net;
using IPNetwork = System.Net.IPNetwork;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using StdKit.Model.Diagnostics;

namespace StdKit.Web.Access;

/// <summary>
/// The reverse proxies whose X-Forwarded-For and X-Forwarded-Proto a node believes: behind one, the sign-in limits
/// and the audit log see the browser's address instead of the proxy's, and cookies are marked secure when the
/// browser came over HTTPS. Headers from anyone else are ignored, so a client cannot choose the address it is
/// counted under.
/// </summary>
public sealed class TrustedProxies
{
    private readonly List<IPNetwork> _networks;

    private TrustedProxies(List<IPNetwork> networks) => _networks = networks;

    public static TrustedProxies None { get; } = new([]);

    /// <summary>Addresses ("10.0.0.5") and networks ("10.0.0.0/24") as given to <c>--trusted-proxy</c>.</summary>
    public static TrustedProxies Parse(IEnumerable<string> given) => new(given.Select(One).ToList());

    private static IPNetwork One(string text)
    {
        if (IPAddress.TryParse(text, out var address))
            return new IPNetwork(address, address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork
                ? 32 : 128);
        if (IPNetwork.TryParse(text, out var network)) return network;
        throw new UserError($"--trusted-proxy {text} is not an address or a network",
            "give the proxy's address (10.0.0.5) or its network (10.0.0.0/24), once per proxy");
    }

    /// <summary>First in the pipeline, so that everything after it sees the browser's address.</summary>
    public void Use(WebApplication app)
    {
        if (_networks.Count == 0) return;
        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
            // One proxy in front: the address it appended is the browser's.
            ForwardLimit = 1,
        };
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var network in _networks) options.KnownIPNetworks.Add(network);
        app.UseForwardedHeaders(options);
    }
}

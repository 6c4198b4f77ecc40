using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using StdKit.Web.Access;

namespace StdKit.Web.Routes;

/// <summary>
/// Pages kept as rendered, by address and knowledge-base generation: a search asked again (by another reader, or
/// by search as you type going back and forth) and a reading page are sent from memory, not rendered again; a search
/// is let in when its address is asked the second time (<see cref="AskedBefore"/>). A new
/// generation is a new key, so a page never outlives the knowledge base it was made from. Bounded in bytes, so
/// memory stays flat however many different addresses are asked. Only complete pages (200) are kept, and a page is
/// kept for what its reader may see: the public's pages are never sent to a member, nor the reverse (pages of a
/// signed-in user are not kept at all, by the cache's own rule).
/// </summary>
public static class PageCache
{
    private const string Policy = "pages";
    private const string SearchPolicy = "searches";

    /// <summary>About two thousand search pages of twenty hits.</summary>
    private const long SizeLimit = 128L * 1024 * 1024;

    /// <param name="generation">The generation served now: a node that follows the record moves on.</param>
    public static void Add(IServiceCollection services, Func<long> generation) =>
        services.AddOutputCache(cache =>
        {
            cache.SizeLimit = SizeLimit;
            OutputCachePolicyBuilder Pages(OutputCachePolicyBuilder page) => page.SetVaryByQuery("*")
                .VaryByValue(_ => new KeyValuePair<string, string>("generation",
                    generation().ToString(System.Globalization.CultureInfo.InvariantCulture)))
                .VaryByValue(http => new KeyValuePair<string, string>("access",
                    http.RequestServices.GetRequiredService<AccessPolicy>().Key))
                .Expire(TimeSpan.FromDays(1));
            cache.AddPolicy(Policy, page => Pages(page));
            // One instance per server, made by the cache on first use: the table of addresses lives as long.
            cache.AddPolicy(SearchPolicy, page => Pages(page).AddPolicy<AskedBefore>());
        });

    /// <summary>Kept from the first time it is asked: a page that takes long to make and is read again.</summary>
    public static TBuilder Cached<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.CacheOutput(Policy);

    /// <summary>Kept from the second time its address is asked (see <see cref="AskedBefore"/>).</summary>
    public static TBuilder CachedWhenAskedAgain<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.CacheOutput(SearchPolicy);
}

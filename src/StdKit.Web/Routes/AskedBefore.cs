using Microsoft.AspNetCore.OutputCaching;

namespace StdKit.Web.Routes;

/// <summary>
/// Lets a page into the page cache only when its address was asked before. Most searches are asked once — each
/// prefix that search as you type sends is one — and keeping every one of them copies each page into memory that
/// outlives the request, which the garbage collector then copies again as it ages: under load that cost more than a
/// search. An address asked again is likely to be asked a third time, and from then on comes from memory.
/// </summary>
/// <remarks>
/// The addresses are remembered as hashes in a fixed table, one per slot, a newer one replacing an older one in its
/// slot: memory stays at a quarter of a megabyte and no lock is taken. A collision only lets a page in early, or
/// renders a kept page once more.
/// </remarks>
internal sealed class AskedBefore : IOutputCachePolicy
{
    private const int SlotBits = 16;

    private readonly int[] _seen = new int[1 << SlotBits];

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        // Never 0, the value of a slot not used yet.
        var hash = HashCode.Combine(request.Path.Value, request.QueryString.Value) | 1;
        ref var slot = ref _seen[(uint)hash >> (32 - SlotBits)];
        if (Volatile.Read(ref slot) != hash)
        {
            Volatile.Write(ref slot, hash);
            // Not in the cache either: no key to make, nothing to look up, no lock against a second asker.
            context.AllowCacheLookup = false;
            context.AllowCacheStorage = false;
        }
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) =>
        ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) =>
        ValueTask.CompletedTask;
}

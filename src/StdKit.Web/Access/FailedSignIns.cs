using System.Threading.RateLimiting;

namespace StdKit.Web.Access;

/// <summary>Wrong passwords per user name: after a few in a window that name cannot sign in until the window ends,
/// from whichever client the guesses come.</summary>
public sealed class FailedSignIns(SignInLimits limits) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(user =>
        RateLimitPartition.GetFixedWindowLimiter(user, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limits.FailuresPerUser,
            Window = limits.Window,
            QueueLimit = 0,
        }));

    public bool Blocked(string user) => _limiter.GetStatistics(Key(user))?.CurrentAvailablePermits == 0;

    public void Count(string user) => _limiter.AttemptAcquire(Key(user)).Dispose();

    private static string Key(string user) => AccountNames.Shown(user).ToLowerInvariant();

    public void Dispose() => _limiter.Dispose();
}

namespace StdKit.Web.Access;

/// <summary>How many sign-ins a client may try, and how many wrong passwords a user name may get, in a window:
/// enough for someone who mistypes, far too few to guess a password.</summary>
public sealed record SignInLimits(int PerClient, int FailuresPerUser, TimeSpan Window)
{
    public static SignInLimits Default { get; } = new(10, 5, TimeSpan.FromMinutes(5));
}

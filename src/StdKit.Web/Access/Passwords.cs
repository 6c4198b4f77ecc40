using Microsoft.AspNetCore.Identity;

namespace StdKit.Web.Access;

/// <summary>Passwords hashed and checked by ASP.NET Core's own password hasher (PBKDF2, salted, versioned).</summary>
public static class Passwords
{
    private static readonly PasswordHasher<string> Hasher = new();

    /// <summary>Checked when no account has the name, so that a wrong name takes as long as a wrong
    /// password.</summary>
    private static readonly string Decoy = Hasher.HashPassword("", Guid.NewGuid().ToString());

    public static string Hash(string user, string password) => Hasher.HashPassword(user, password);

    public static bool Verify(Account? account, string password) =>
        Hasher.VerifyHashedPassword(account?.User ?? "", account?.PasswordHash ?? Decoy, password)
            is not PasswordVerificationResult.Failed
        && account is not null;
}

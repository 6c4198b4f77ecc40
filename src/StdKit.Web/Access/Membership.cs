namespace StdKit.Web.Access;

/// <summary>An account's role in one agency (or committee): its id as the knowledge base and content tree name
/// it.</summary>
public sealed record Membership(string Agency, Role Role)
{
    /// <summary>"agency:role", as a claim of the signed-in user and of an OpenID Connect token carries it.</summary>
    public override string ToString() => $"{Agency}:{Role.Id()}";

    /// <summary>A membership from "agency:role"; null where the text is not one.</summary>
    public static Membership? TryParse(string text)
    {
        var colon = text.LastIndexOf(':');
        if (colon <= 0 || !AccountNames.IsAgency(text[..colon])) return null;
        try
        {
            return new Membership(text[..colon], Roles.Parse(text[(colon + 1)..]));
        }
        catch (Model.Diagnostics.UserError)
        {
            return null;
        }
    }
}

/// <summary>A user who can sign in with a password, and the agencies they belong to.</summary>
/// <param name="PasswordHash">As ASP.NET Core's password hasher writes it: never the password.</param>
public sealed record Account(string User, string PasswordHash, IReadOnlyList<Membership> Memberships);

/// <summary>A line of the audit log: who did what to what, from where.</summary>
/// <param name="User">The user name signed in or typed; null for the public.</param>
/// <param name="Action">signin, signin-failed, signout, account-add, account-remove …</param>
/// <param name="Client">The client's address as the server saw it; the command line for the CLI.</param>
public sealed record AuditEntry(DateTimeOffset Time, string? User, string Action, string? Target, string? Client);

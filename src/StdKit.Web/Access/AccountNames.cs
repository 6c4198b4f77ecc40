using StdKit.Model.Diagnostics;

namespace StdKit.Web.Access;

/// <summary>
/// What a user name and an agency id may be: short, printable, no spaces or quotes — so that a name shows the same
/// everywhere and nothing typed into a form or a command line can pass for another kind of text.
/// </summary>
public static class AccountNames
{
    public const int MaxLength = 64;
    public const int MinPasswordLength = 8;

    public static bool IsUser(string name) =>
        name.Length is > 0 and <= MaxLength && name.All(c => char.IsLetterOrDigit(c) || c is '.' or '_' or '-' or '@');

    public static bool IsAgency(string id) =>
        id.Length is > 0 and <= MaxLength && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    public static string CheckUser(string name) => IsUser(name) ? name
        : throw new UserError($"'{Shown(name)}' is not a user name",
            $"use up to {MaxLength} letters, digits and . _ - @, without spaces");

    public static string CheckAgency(string id) => IsAgency(id) ? id
        : throw new UserError($"'{Shown(id)}' is not an agency id",
            "give the id of the agency's profile, e.g. yunnan-sme-centre (content/agencies/<id>.yaml)");

    public static string CheckPassword(string password) =>
        password.Length >= MinPasswordLength && !password.Any(char.IsControl) ? password
            : throw new UserError($"the password is too short or holds control characters",
                $"type at least {MinPasswordLength} characters on standard input, then Enter");

    /// <summary>At most the first 64 characters, as an audit line or a message shows a typed name.</summary>
    public static string Shown(string typed) =>
        new(typed.Take(MaxLength).Select(c => char.IsControl(c) ? '?' : c).ToArray());
}

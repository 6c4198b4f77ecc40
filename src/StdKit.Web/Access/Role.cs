using StdKit.Model.Diagnostics;

namespace StdKit.Web.Access;

/// <summary>What a member of an agency may do there. Every role reads the agency's own drafts and evaluation; the
/// roles above reader are kept for the writes of the shared set-up.</summary>
public enum Role
{
    /// <summary>阅读者</summary>
    Reader,
    /// <summary>起草人</summary>
    Drafter,
    /// <summary>管理员</summary>
    Administrator,
}

public static class Roles
{
    private static readonly (Role Role, string Id, string Name)[] Names =
    [
        (Role.Reader, "reader", "阅读者"),
        (Role.Drafter, "drafter", "起草人"),
        (Role.Administrator, "administrator", "管理员"),
    ];

    public static string Id(this Role role) => Names.First(n => n.Role == role).Id;

    public static string ChineseName(this Role role) => Names.First(n => n.Role == role).Name;

    /// <summary>The role of an id as typed on the command line or stored; a UserError for anything else.</summary>
    public static Role Parse(string id) =>
        Names.FirstOrDefault(n => n.Id == id.Trim().ToLowerInvariant()) is { Id: not null } found
            ? found.Role
            : throw new UserError($"unknown role '{id}'", "give one of: reader, drafter, administrator");
}

using Microsoft.AspNetCore.Http;

namespace StdKit.Web.Access;

/// <summary>Writes what a request did to the audit log: time, user, action, target and the client's
/// address.</summary>
public sealed class AuditLog(IAccountStore store, TimeProvider clock)
{
    public void Record(HttpContext http, string? user, string action, string? target = null) =>
        store.Audit(Entry(http, user, action, target));

    /// <summary>The entry of what a request did, for a store that writes it with the change itself.</summary>
    public AuditEntry Entry(HttpContext http, string? user, string action, string? target = null) =>
        new(clock.GetUtcNow(), user is null ? null : AccountNames.Shown(user), action,
            target is null ? null : AccountNames.Shown(target),
            http.Connection.RemoteIpAddress?.ToString() ?? "local");
}

namespace StdKit.Web.Access;

/// <summary>
/// The accounts of the workbench, their memberships and the audit log — kept apart from the knowledge base, which is
/// rebuilt from content and would lose them. An SQLite file for one machine, a PostgreSQL database for a shared
/// set-up; both behave alike.
/// </summary>
public interface IAccountStore : IDisposable
{
    /// <summary>Where the accounts are, as a message names it (a file, or a server and database without the
    /// password).</summary>
    string Location { get; }

    /// <summary>Creates the account with its first membership, or gives an existing one a new password and its role
    /// in this agency; in one transaction, written to the audit log with it.</summary>
    void Save(string user, string passwordHash, Membership membership, AuditEntry audit);

    /// <summary>Removes the account and its memberships; false where there was none (nothing written then).</summary>
    bool Remove(string user, AuditEntry audit);

    Account? Find(string user);

    IReadOnlyList<Account> List();

    void Audit(AuditEntry entry);

    /// <summary>The last entries of the audit log, newest first.</summary>
    IReadOnlyList<AuditEntry> AuditLog(int count);

    /// <summary>The Data Protection keys of the workbench, as XML.</summary>
    IReadOnlyList<string> ProtectionKeys();

    /// <summary>Adds a Data Protection key; a key of that name already kept is left as it is.</summary>
    void SaveProtectionKey(string name, string xml);
}

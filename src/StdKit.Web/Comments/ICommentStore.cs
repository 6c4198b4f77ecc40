using StdKit.Model.Committee;
using StdKit.Web.Access;

namespace StdKit.Web.Comments;

/// <summary>
/// The comments sent through the workbench, kept with the accounts (they are people's words, not content that a
/// rebuild of the knowledge base could make again); every write goes to the audit log in its transaction.
/// </summary>
public interface ICommentStore
{
    /// <summary>Keeps a new comment (its id is given here) and returns it with its id.</summary>
    PostedComment Post(PostedComment comment, AuditEntry audit);

    /// <summary>The comments on a standard of an agency, oldest first.</summary>
    IReadOnlyList<PostedComment> Comments(string standard, string agency);

    /// <summary>Records the drafting group's decision; false where that standard has no comment of that id (nothing
    /// written then).</summary>
    bool Decide(long id, string standard, string agency, Decision decision, string reason, AuditEntry audit);
}

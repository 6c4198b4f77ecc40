using StdKit.Model.Committee;
using StdKit.Web.Comments;

namespace StdKit.Web.Access;

/// <summary>The comments sent through the workbench, in the account store's database.</summary>
public abstract partial class AccountStore : ICommentStore
{
    private const string CommentColumns =
        "id, standard, agency, clause, content, suggestion, unit, contact, user_name, time, decision, reason";

    public PostedComment Post(PostedComment comment, AuditEntry audit) => InTransaction((connection, transaction) =>
    {
        using var insert = Command(connection, transaction, """
            INSERT INTO comments (standard, agency, clause, content, suggestion, unit, contact, user_name, time)
            VALUES (@standard, @agency, @clause, @content, @suggestion, @unit, @contact, @user, @time)
            RETURNING id
            """,
            ("@standard", comment.Standard), ("@agency", comment.Agency), ("@clause", comment.Clause),
            ("@content", comment.Content), ("@suggestion", comment.Suggestion), ("@unit", comment.Unit),
            ("@contact", comment.Contact), ("@user", comment.User), ("@time", comment.Time.ToUniversalTime()));
        var id = Convert.ToInt64(insert.ExecuteScalar());
        Write(connection, transaction, audit with { Target = $"{audit.Target}#{id}" });
        return comment with { Id = id };
    });

    public IReadOnlyList<PostedComment> Comments(string standard, string agency)
    {
        using var connection = Connect();
        using var command = Command(connection, null,
            $"SELECT {CommentColumns} FROM comments WHERE standard = @standard AND agency = @agency ORDER BY id",
            ("@standard", standard), ("@agency", agency));
        using var reader = command.ExecuteReader();
        var comments = new List<PostedComment>();
        while (reader.Read())
            comments.Add(new PostedComment(reader.GetInt64(0), reader.GetString(1), reader.GetString(2),
                reader.GetString(3), reader.GetString(4), reader.GetString(5), reader.GetString(6),
                reader.GetString(7), reader.GetString(8), reader.GetFieldValue<DateTimeOffset>(9),
                Text(reader, 10) is { } decision ? Enum.Parse<Decision>(decision) : null, Text(reader, 11)));
        return comments;
    }

    public bool Decide(long id, string standard, string agency, Decision decision, string reason, AuditEntry audit) =>
        InTransaction((connection, transaction) =>
        {
            var updated = Execute(connection, transaction, """
                UPDATE comments SET decision = @decision, reason = @reason
                WHERE id = @id AND standard = @standard AND agency = @agency
                """, ("@decision", decision.ToString()), ("@reason", reason), ("@id", id),
                ("@standard", standard), ("@agency", agency));
            if (updated == 0) return false;
            Write(connection, transaction, audit with { Target = $"{audit.Target}#{id}" });
            return true;
        });
}

using Microsoft.Data.Sqlite;
using Npgsql;
using StdKit.Model.Diagnostics;
using StdKit.Tests.Support;
using StdKit.Model.Committee;
using StdKit.Web.Access;
using StdKit.Web.Comments;

namespace StdKit.Tests.Web.Access;

/// <summary>What every account store does, run against each: a real SQLite file and a real PostgreSQL
/// database.</summary>
public abstract class AccountStoreTests : IDisposable
{
    private readonly List<IDisposable> _owned = [];

    /// <summary>Where a new, empty store of the kind under test lives: a file name or a connection string.</summary>
    protected abstract string NewLocation();

    protected IAccountStore Open(string? location = null)
    {
        var store = AccountStores.Open(location ?? Location);
        _owned.Add(store);
        return store;
    }

    private string? _location;
    protected string Location => _location ??= NewLocation();

    protected void Own(IDisposable resource) => _owned.Add(resource);

    public virtual void Dispose()
    {
        // Stores first: a database is dropped only once nothing holds a connection to it.
        foreach (var resource in _owned.OfType<IAccountStore>()) resource.Dispose();
        foreach (var resource in _owned.Where(r => r is not IAccountStore)) resource.Dispose();
    }

    private static AuditEntry Audit(string action, string target) =>
        new(DateTimeOffset.UtcNow, "test", action, target, "tests");

    [SkippableFact]
    public void Data_protection_keys_are_kept_for_every_store_on_the_location_and_a_name_once()
    {
        var keys = Open();
        Assert.Empty(keys.ProtectionKeys());
        keys.SaveProtectionKey("key-1", "<key id=\"1\" />");
        keys.SaveProtectionKey("key-2", "<key id=\"2\" />");
        keys.SaveProtectionKey("key-1", "<key id=\"other\" />");
        Assert.Equal(["<key id=\"1\" />", "<key id=\"2\" />"], Open().ProtectionKeys());
    }

    [SkippableFact]
    public void Comments_are_kept_per_standard_and_agency_and_a_decision_reaches_only_its_own_comment()
    {
        var store = (ICommentStore)Open();
        var time = new DateTimeOffset(2026, 12, 1, 8, 30, 0, TimeSpan.Zero);
        PostedComment On(string standard, string agency, string content) =>
            new(0, standard, agency, "4.2", content, "建议", "某单位", "张三 0871-1", "bob", time);
        var first = store.Post(On("Q/A 1—2025", "agency-a", "一\n二"), Audit("comment", "Q/A 1—2025"));
        var other = store.Post(On("Q/A 1—2025", "agency-b", "另一机构"), Audit("comment", "Q/A 1—2025"));
        store.Post(On("Q/A 2—2025", "agency-a", "另一标准"), Audit("comment", "Q/A 2—2025"));

        var kept = Assert.Single(store.Comments("Q/A 1—2025", "agency-a"));
        Assert.Equal(On("Q/A 1—2025", "agency-a", "一\n二") with { Id = first.Id }, kept);
        Assert.False(store.Decide(other.Id, "Q/A 1—2025", "agency-a", Decision.Adopted, "",
            Audit("comment-decide", "x")));
        Assert.True(store.Decide(first.Id, "Q/A 1—2025", "agency-a", Decision.NotAdopted, "理由",
            Audit("comment-decide", "Q/A 1—2025")));
        Assert.Equal((Decision.NotAdopted, "理由"),
            store.Comments("Q/A 1—2025", "agency-a").Select(c => (c.Decision!.Value, c.Reason!)).Single());
        Assert.Null(store.Comments("Q/A 1—2025", "agency-b").Single().Decision);
        // Each write with its audit entry, naming the comment; the refused decision wrote nothing.
        Assert.Equal(["comment-decide", "comment", "comment", "comment"],
            ((IAccountStore)store).AuditLog(10).Select(e => e.Action));
        Assert.Equal($"Q/A 1—2025#{first.Id}", ((IAccountStore)store).AuditLog(1).Single().Target);
    }

    [SkippableFact]
    public void An_account_is_saved_with_its_memberships_and_found_by_name_only()
    {
        var store = Open();
        store.Save("alice", Passwords.Hash("alice", "first-password"), new Membership("agency-a", Role.Reader),
            Audit("account-add", "alice"));
        store.Save("alice", Passwords.Hash("alice", "second-password"), new Membership("agency-b", Role.Drafter),
            Audit("account-change", "alice"));
        store.Save("alice", Passwords.Hash("alice", "second-password"), new Membership("agency-a", Role.Administrator),
            Audit("account-change", "alice"));

        var alice = store.Find("alice")!;
        Assert.Equal([new Membership("agency-a", Role.Administrator), new Membership("agency-b", Role.Drafter)],
            alice.Memberships);
        Assert.True(Passwords.Verify(alice, "second-password"));
        Assert.False(Passwords.Verify(alice, "first-password"));
        Assert.Null(store.Find("Alice"));
        Assert.Null(store.Find("alic%"));
        // A second store on the same location sees what the first wrote.
        Assert.Equal(["alice"], Open().List().Select(a => a.User));
    }

    [SkippableFact]
    public void Removing_takes_the_memberships_too_and_removing_nobody_writes_nothing()
    {
        var store = Open();
        store.Save("bob", Passwords.Hash("bob", "bob-password"), new Membership("agency-a", Role.Reader),
            Audit("account-add", "bob"));
        Assert.True(store.Remove("bob", Audit("account-remove", "bob")));
        Assert.Null(store.Find("bob"));
        Assert.Empty(store.List());
        Assert.False(store.Remove("bob", Audit("account-remove", "bob")));
        Assert.Equal(["account-remove", "account-add"], store.AuditLog(10).Select(e => e.Action));
    }

    [SkippableFact]
    public void The_audit_log_keeps_time_user_action_target_and_client_newest_first()
    {
        var store = Open();
        var time = new DateTimeOffset(2026, 3, 1, 8, 30, 15, TimeSpan.Zero);
        store.Audit(new AuditEntry(time, "carol", "signin-failed", null, "192.0.2.7"));
        store.Audit(new AuditEntry(time.AddSeconds(5), null, "signin-blocked", "x", "192.0.2.8"));
        var log = store.AuditLog(10);
        Assert.Equal(new AuditEntry(time.AddSeconds(5), null, "signin-blocked", "x", "192.0.2.8"), log[0]);
        Assert.Equal(new AuditEntry(time, "carol", "signin-failed", null, "192.0.2.7"), log[1]);
        Assert.Single(store.AuditLog(1));
    }

    [SkippableTheory]
    [InlineData("x' OR '1'='1")]
    [InlineData("x'; DROP TABLE accounts; --")]
    [InlineData("\"; DELETE FROM memberships; --")]
    [InlineData("%")]
    public void Sql_in_a_name_is_a_name_and_nothing_else(string name)
    {
        var store = Open();
        store.Save("dave", Passwords.Hash("dave", "dave-password"), new Membership("agency-a", Role.Reader),
            Audit("account-add", "dave"));
        Assert.Null(store.Find(name));
        Assert.False(store.Remove(name, Audit("account-remove", name)));
        store.Audit(new AuditEntry(DateTimeOffset.UtcNow, name, "signin-failed", name, name));
        Assert.Equal(["dave"], store.List().Select(a => a.User));
        Assert.Single(store.Find("dave")!.Memberships);
        Assert.Equal(name, store.AuditLog(1)[0].User);
    }

    [SkippableFact]
    public void Two_stores_writing_at_once_both_land()
    {
        var (first, second) = (Open(), Open());
        Parallel.For(0, 40, i => (i % 2 == 0 ? first : second).Audit(Audit("signin", $"user{i}")));
        Assert.Equal(40, first.AuditLog(100).Count);
    }
}

public sealed class SqliteAccountStoreTests : AccountStoreTests
{
    private readonly string _folder = Directory.CreateTempSubdirectory("stdkit-accounts-").FullName;

    protected override string NewLocation() => Path.Combine(_folder, "out", "kb", AccountStores.FileName);

    [Fact]
    public void A_file_that_is_not_an_account_file_is_refused_with_what_to_do()
    {
        var other = Path.Combine(_folder, "other.db");
        using (var connection = new SqliteConnection($"Data Source={other}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE accounts (name TEXT)";
            command.ExecuteNonQuery();
        }
        SqliteConnection.ClearAllPools();
        var refused = Assert.Throws<UserError>(() => Open(other));
        Assert.Contains("not an account file", refused.Message);
        Assert.Equal(FailureKind.Input, refused.Kind);
    }

    public override void Dispose()
    {
        base.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}

public sealed class PostgresAccountStoreTests : AccountStoreTests
{
    protected override string NewLocation()
    {
        var database = new PostgresDatabase();
        Own(database);
        return database.ConnectionString;
    }

    [SkippableFact]
    public void A_database_holding_other_tables_of_these_names_is_refused()
    {
        using (var connection = new NpgsqlConnection(Location))
        {
            connection.Open();
            using var command = new NpgsqlCommand("CREATE TABLE accounts (name text)", connection);
            command.ExecuteNonQuery();
        }
        var refused = Assert.Throws<UserError>(() => Open());
        Assert.Contains("holds something else", refused.Message);
    }

    [Fact]
    public void A_server_that_is_down_is_a_machine_problem_naming_postgresql()
    {
        var refused = Assert.Throws<UserError>(() =>
            Open("Host=127.0.0.1;Port=1;Username=postgres;Database=stdkit;Password=secret;Timeout=2"));
        Assert.Equal(FailureKind.Environment, refused.Kind);
        Assert.Contains("postgresql", refused.Message);
        Assert.DoesNotContain("secret", refused.Message);
    }
}

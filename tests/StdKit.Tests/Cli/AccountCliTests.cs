using StdKit.Tests.Support;
using StdKit.Web.Access;

namespace StdKit.Tests.Cli;

/// <summary><c>stdkit account</c> and what <c>stdkit serve</c> does with accounts, run as a user runs them.</summary>
public sealed class AccountCliTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("stdkit-account-cli-").FullName;

    private string Store => Path.Combine(_folder, "out", "kb", AccountStores.FileName);

    [Fact]
    public void An_account_is_added_with_the_password_from_standard_input_listed_and_removed()
    {
        var added = StdKitProcess.WithInput(_folder, "a-good-password\n", "account", "add", "ana", "--agency",
            "yunnan-sme-centre", "--role", "drafter");
        Assert.Equal(0, added.ExitCode);
        Assert.Contains("已添加账户 ana：yunnan-sme-centre 起草人", added.Out);
        Assert.True(File.Exists(Store), "the accounts go beside the default knowledge base");
        using (var store = AccountStores.Open(Store))
            Assert.True(Passwords.Verify(store.Find("ana"), "a-good-password"));

        var listed = StdKitProcess.Run(_folder, "account", "list");
        Assert.Equal("ana\tyunnan-sme-centre 起草人\n", listed.Out);
        var removed = StdKitProcess.Run(_folder, "account", "remove", "ana");
        Assert.Equal(0, removed.ExitCode);
        Assert.Equal(2, StdKitProcess.Run(_folder, "account", "remove", "ana").ExitCode);
        using (var store = AccountStores.Open(Store))
            Assert.Equal(["account-remove", "account-add"], store.AuditLog(10).Select(e => e.Action));
    }

    [Theory]
    [InlineData("short\n", "ana", "reader", "the password is too short")]
    [InlineData("", "ana", "reader", "the password is too short")]
    [InlineData("a-good-password\n", "ana", "owner", "unknown role 'owner'")]
    [InlineData("a-good-password\n", "ana' OR '1'='1", "reader", "is not a user name")]
    [InlineData("a-good-password\n", "ana; DROP TABLE accounts", "reader", "is not a user name")]
    public void Bad_input_is_one_line_exit_code_2_and_nothing_written(string input, string user, string role,
        string message)
    {
        var result = StdKitProcess.WithInput(_folder, input, "account", "add", user, "--agency", "yunnan-sme-centre",
            "--role", role);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("stdkit: ", result.Error);
        Assert.Contains(message, result.Error);
        Assert.Single(result.Error.TrimEnd().Split('\n'));
        Assert.False(File.Exists(Store), "nothing written");
    }

    [Fact]
    public void The_password_is_not_an_argument()
    {
        var result = StdKitProcess.Run(_folder, "account", "add", "ana", "--agency", "a", "--role", "reader",
            "--password", "a-good-password");
        Assert.Equal(2, result.ExitCode);
        Assert.False(File.Exists(Store));
    }

    [Fact]
    public void Serve_refuses_an_address_other_computers_reach_without_accounts_before_doing_anything()
    {
        var result = StdKitProcess.Run(_folder, "serve", "--urls", "http://0.0.0.0:5999", "--content",
            Repository.Content);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no accounts", result.Error);
        Assert.Contains("stdkit account add", result.Error);
        Assert.False(Directory.Exists(Path.Combine(_folder, "out")), "no knowledge base filled first");
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}

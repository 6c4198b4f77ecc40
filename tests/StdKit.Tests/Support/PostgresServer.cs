using Npgsql;

namespace StdKit.Tests.Support;

/// <summary>
/// A database of its own on the PostgreSQL server of <c>STDKIT_POSTGRES</c> (default: loopback, user postgres),
/// created for one test and dropped after it. Where no server answers the test is skipped (or, under
/// <c>STDKIT_REQUIRE_TOOLS=1</c>, fails) with the Debian package to install.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    public const string Variable = "STDKIT_POSTGRES";
    private const string DefaultServer = "Host=localhost;Username=postgres";

    private readonly string _server;
    private readonly string _name = "stdkit_test_" + Guid.NewGuid().ToString("N")[..12];

    private PostgresServer(string server)
    {
        _server = server;
        Execute($"CREATE DATABASE {_name}");
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = _name }.ToString();
    }

    /// <summary>The connection string of the test's own database.</summary>
    public string ConnectionString { get; }

    /// <summary>A new database; skips the test where the server does not answer.</summary>
    public static PostgresServer Create()
    {
        var server = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } given ? given : DefaultServer;
        try
        {
            using var connection = new NpgsqlConnection(server + ";Timeout=3");
            connection.Open();
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            var message = $"no PostgreSQL server answers at {Variable}='{server}' ({e.Message}) — "
                + "Debian: apt-get install postgresql, and allow loopback connections for the user";
            if (Environment.GetEnvironmentVariable(ExternalTools.RequireVariable) == "1")
                Assert.Fail(message + $"; {ExternalTools.RequireVariable}=1 requires it");
            Skip.If(true, message);
        }
        return new PostgresServer(server);
    }

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(_server);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        Execute($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
    }
}

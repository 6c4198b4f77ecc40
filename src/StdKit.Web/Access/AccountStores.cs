using StdKit.Search.Knowledge;

namespace StdKit.Web.Access;

/// <summary>Opens the account store an option names: a PostgreSQL connection string (Host=…) or an SQLite
/// file.</summary>
public static class AccountStores
{
    /// <summary>The file name of the accounts beside the knowledge base.</summary>
    public const string FileName = "accounts.db";

    public static IAccountStore Open(string spec) =>
        IsConnectionString(spec) ? new PostgresAccountStore(spec) : new SqliteAccountStore(spec);

    /// <summary>"Host=…;…": a file name has no "=" before its first ";".</summary>
    public static bool IsConnectionString(string spec) =>
        System.Text.RegularExpressions.Regex.IsMatch(spec, @"^\s*[A-Za-z ]+=[^;]*(;|$)");

    /// <summary>The accounts file beside a knowledge base file.</summary>
    public static string BesideKnowledgeBase(string database) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(database))!, FileName);

    /// <summary>The accounts file beside an SQLite knowledge base, where there is one; a PostgreSQL record has no
    /// such place, its nodes are given --accounts.</summary>
    public static string? Existing(KnowledgeBaseLocation database) =>
        database.Kind == StoreKind.Sqlite && BesideKnowledgeBase(database.Target) is var beside
        && File.Exists(beside) ? beside : null;
}

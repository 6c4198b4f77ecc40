namespace StdKit.Tests.Support;

/// <summary>Paths inside the repository the tests run from.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    /// <summary>The shared material beside the repository (../shared), found from a worktree nested deeper as
    /// well; read at test time only.</summary>
    public static string Shared { get; } = FindShared();

    public static IEnumerable<string> SeedDrafts =>
        Directory.EnumerateFiles(Path.Combine(Content, "drafts"), "*.md").Order(StringComparer.Ordinal);

    private static string FindShared()
    {
        for (var dir = Directory.GetParent(Root); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "shared"))) return Path.Combine(dir.FullName, "shared");
        return Path.GetFullPath(Path.Combine(Root, "..", "shared"));
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "StdKit.sln"))) return dir.FullName;
        throw new InvalidOperationException("StdKit.sln not found above the test binaries");
    }
}

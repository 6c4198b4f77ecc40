namespace StdKit.Tests.Support;

/// <summary>Paths inside the repository the tests run from.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    public static IEnumerable<string> SeedDrafts =>
        Directory.EnumerateFiles(Path.Combine(Content, "drafts"), "*.md").Order(StringComparer.Ordinal);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "StdKit.sln"))) return dir.FullName;
        throw new InvalidOperationException("StdKit.sln not found above the test binaries");
    }
}

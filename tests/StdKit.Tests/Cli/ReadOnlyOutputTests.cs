using System.Security.Cryptography;
using StdKit.Tests.Support;

namespace StdKit.Tests.Cli;

/// <summary>
/// An output folder that cannot be written is the machine's problem: every command that would write there refuses
/// with one line and exit code 3, and leaves what was there as it was.
/// </summary>
public sealed class ReadOnlyOutputTests : IDisposable
{
    private readonly SystemTree _tree = new();

    public ReadOnlyOutputTests()
    {
        _tree.Write("drafts/a.md", TempContent.FrontMatter + "# 要求\n\n## 记录\n\n服务记录应归档。\n");
    }

    public void Dispose() => _tree.Dispose();

    private StdKitProcess.Result Run(params string[] args) => StdKitProcess.Run(_tree.Content, args);

    private string KnowledgeBaseFolder => Path.Combine(_tree.Content, "out", "kb");

    /// <summary>Every file under <paramref name="folder"/> with a hash of its bytes.</summary>
    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f),
                f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));

    private static void AssertRefused(StdKitProcess.Result result, string message)
    {
        Assert.Equal(3, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries),
            l => l.StartsWith("stdkit:", StringComparison.Ordinal));
        Assert.Contains(message, line);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [SkippableTheory]
    [InlineData("index")]
    [InlineData("search", "记录")]
    [InlineData("terms", "记录")]
    [InlineData("refs", "GB/T 19001—2016")]
    public void Commands_that_would_fill_a_knowledge_base_in_a_read_only_folder_refuse(params string[] command)
    {
        Directory.CreateDirectory(KnowledgeBaseFolder);
        using (new ReadOnlyFolders(Path.Combine(_tree.Content, "out")))
            AssertRefused(Run(command), "cannot write in out/kb, the folder of the knowledge base");
        Assert.Empty(Directory.EnumerateFileSystemEntries(KnowledgeBaseFolder));
    }

    [SkippableTheory]
    [InlineData("index")]
    [InlineData("search", "记录")]
    [InlineData("terms", "记录")]
    public void Commands_on_a_knowledge_base_in_a_read_only_folder_refuse(params string[] command)
    {
        Assert.Equal(0, Run("index").ExitCode);
        var before = Snapshot(KnowledgeBaseFolder);
        using (new ReadOnlyFolders(Path.Combine(_tree.Content, "out")))
            AssertRefused(Run(command), "out/kb/stdkit.db");
        Assert.Equal(before, Snapshot(KnowledgeBaseFolder));
    }

    [SkippableFact]
    public void Render_into_a_read_only_folder_refuses_and_writes_nothing()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_tree.Content, "out")).FullName;
        using (new ReadOnlyFolders(folder))
            AssertRefused(Run("render", "drafts/a.md", "-o", "out/a.docx"),
                "cannot write out/a.docx: its folder is not writable");
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder));
    }

    [SkippableFact]
    public void Build_after_a_change_into_a_read_only_folder_refuses_and_leaves_the_output_as_it_was()
    {
        var first = Run("build", "--out", _tree.Out);
        Assert.True(first.ExitCode == 0, first.Error);
        _tree.Library("process.md", "服务实施流程通用规范", "layer: 服务实施\n  category: 服务实施流程", "# 要求\n\n服务应按流程实施。\n");
        var before = Snapshot(_tree.Out);
        using (new ReadOnlyFolders(_tree.Out))
            AssertRefused(Run("build", "--out", _tree.Out), "its folder is not writable");
        Assert.Equal(before, Snapshot(_tree.Out));
    }
}

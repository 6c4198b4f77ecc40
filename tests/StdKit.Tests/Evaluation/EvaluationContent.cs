using StdKit.Tests.Support;

namespace StdKit.Tests.Evaluation;

/// <summary>A copy of the repository's content tree, for tests that change an agency's facts or a scheme.</summary>
public sealed class EvaluationContent : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("stdkit-eval-").FullName;

    public string Content => Path.Combine(Root, "content");

    public EvaluationContent()
    {
        // The templates beside the content tree too: planning a system writes its 编制说明 from them.
        foreach (var folder in new[] { "content", "templates" })
            foreach (var file in Directory.EnumerateFiles(Path.Combine(Repository.Root, folder), "*",
                SearchOption.AllDirectories))
            {
                var target = Path.Combine(Root, Path.GetRelativePath(Repository.Root, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
    }

    /// <summary>Replaces <paramref name="from"/> by <paramref name="to"/> in a file of the copy; the text must be
    /// there.</summary>
    public string Edit(string relative, string from, string to)
    {
        var path = Path.Combine(Content, relative);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text);
        File.WriteAllText(path, text.Replace(from, to));
        return path;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}

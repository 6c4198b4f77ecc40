using Snapshooter;
using Snapshooter.Xunit;
using StdKit.Content;
using StdKit.Content.Project;
using StdKit.Generator.Outline;
using StdKit.Tests.Support;

namespace StdKit.Tests.Content;

/// <summary>The outline of each converted seed draft, kept as a readable snapshot.</summary>
public sealed class SeedOutlineTests
{
    public static TheoryData<string> Seeds => new(Repository.SeedDrafts.Select(Path.GetFileNameWithoutExtension)!);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Outline_of_seed_draft(string name)
    {
        var project = ContentProject.Load(Repository.Content);
        var standard = StandardReader.Read(Path.Combine(Repository.Content, "drafts", name + ".md"), project);
        Snapshot.Match(OutlineWriter.Write(standard).Split('\n'), SnapshotNameExtension.Create(name));
    }
}

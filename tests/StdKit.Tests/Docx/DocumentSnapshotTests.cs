using Snapshooter;
using Snapshooter.Xunit;
using StdKit.Tests.Support;

namespace StdKit.Tests.Docx;

/// <summary>The normalised document.xml of one seed standard, kept as a readable snapshot.</summary>
public sealed class DocumentSnapshotTests(RenderedSeeds seeds) : IClassFixture<RenderedSeeds>
{
    [Fact]
    public void Document_xml_of_the_group_standard_draft()
    {
        using var document = seeds.Open("t-gdcma-integrity-service");
        Snapshot.Match(DocxDump.Lines(document), SnapshotNameExtension.Create("t-gdcma-integrity-service"));
    }
}

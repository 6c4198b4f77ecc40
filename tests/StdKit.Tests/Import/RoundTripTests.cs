using StdKit.Content;
using StdKit.Content.Project;
using StdKit.Generator.Docx;
using StdKit.Generator.Outline;
using StdKit.Import;
using StdKit.Model.Documents;
using StdKit.Tests.Support;
using Xunit.Abstractions;

namespace StdKit.Tests.Import;

/// <summary>
/// Every standard of the sample content, and every standard of the sample agency's built system, rendered to .docx by
/// StdKit and imported back: the same outline (numbers, titles, kinds) and the same text, unit by unit.
/// </summary>
public sealed class RoundTripTests(ITestOutputHelper output)
{
    public static TheoryData<string> Drafts => new(Repository.SeedDrafts.Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(Drafts))]
    public void Draft_rendered_and_imported_back_is_the_same_standard(string draft)
    {
        var project = ContentProject.Load(Repository.Content);
        var original = StandardReader.Read(Path.Combine(Repository.Content, "drafts", draft), project);
        AssertRoundTrip(original, project.CatalogueFor(project.DefaultAgency), project.DefaultAgency);
    }

    [Fact]
    public void Every_standard_of_the_built_agency_system_comes_back_the_same()
    {
        var project = ContentProject.Load(Repository.Content);
        var agency = project.DefaultAgency!;
        var catalogue = project.CatalogueFor(agency);
        var planned = project.Library!.Plan(agency);
        Assert.NotEmpty(planned);
        foreach (var p in planned)
            AssertRoundTrip(StandardReader.Read(p.Entry.Path, catalogue, agency, p.Slot), catalogue, agency);
        output.WriteLine($"{planned.Count} standards of {agency.Name} round-tripped");
    }

    private static void AssertRoundTrip(Standard original, Catalogue catalogue, AgencyProfile? agency)
    {
        using var folder = new TempFolder();
        var docx = folder.File("standard.docx");
        DocxRenderer.Render(original, docx);
        var result = Importer.Import(docx);
        var imported = folder.Write("standard.md", result.Content);
        foreach (var file in result.Files) File.WriteAllBytes(folder.Write(file.Path, ""), file.Bytes);
        var back = StandardReader.Read(imported, catalogue, agency);

        Assert.Equal(OutlineWriter.Write(original), OutlineWriter.Write(back));
        Assert.Equal(StandardUnits.Of(original).Select(u => u.ToString()), StandardUnits.Of(back).Select(u
            => u.ToString()));
        Assert.DoesNotContain(result.Report.Entries, e => e.Kind == ReportKind.Unplaced);
    }
}

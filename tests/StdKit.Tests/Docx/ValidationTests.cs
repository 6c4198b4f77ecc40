using DocumentFormat.OpenXml.Validation;
using StdKit.Tests.Support;

namespace StdKit.Tests.Docx;

public sealed class ValidationTests(RenderedSeeds seeds) : IClassFixture<RenderedSeeds>
{
    public static TheoryData<string> Seeds => new(Repository.SeedDrafts.Select(Path.GetFileNameWithoutExtension)!);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_generated_file_passes_the_Open_XML_validator(string name)
    {
        using var document = seeds.Open(name);
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20)));
    }
}

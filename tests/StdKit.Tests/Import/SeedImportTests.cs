using StdKit.Content;
using StdKit.Content.Project;
using StdKit.Import;
using StdKit.Tests.Support;
using Xunit.Abstractions;

namespace StdKit.Tests.Import;

/// <summary>
/// The seed drafts imported from their extracted text, compared unit by unit with the hand conversions in
/// content/drafts/. The seeds are read at test time from ../shared/seeds/ and never copied into the repository.
/// </summary>
public sealed class SeedImportTests(ITestOutputHelper output)
{
    public static TheoryData<string, string> Seeds => new()
    {
        { "000_ae1fc1a315903f58.txt", "t-gdcma-integrity-service.md" },
        { "001_7d187927b5e651ad.txt", "sme-agency-capability-part1.md" },
        { "003_4b99ba5998aec895.txt", "public-service-agency-requirements.md" },
        { "004_01bab6ea2da7e82a.txt", "db53-standard-system-guide.md" },
    };

    public static string SeedFolder => Path.Combine(Repository.Shared, "seeds");

    [SkippableTheory]
    [MemberData(nameof(Seeds))]
    public void Seed_imported_from_text_agrees_with_its_hand_conversion(string seed, string draft)
    {
        var source = Path.Combine(SeedFolder, seed);
        Skip.IfNot(File.Exists(source), $"the seed texts are not here ({SeedFolder}); they are read at test time only");
        var project = ContentProject.Load(Repository.Content);
        var hand = StandardUnits.Of(StandardReader.Read(Path.Combine(Repository.Content, "drafts", draft), project));

        using var folder = new TempFolder();
        var result = Importer.Import(source);
        var imported = folder.Write(Path.ChangeExtension(draft, ".md"), result.Content);
        var units = StandardUnits.Of(StandardReader.Read(imported, project));

        var share = StandardUnits.Agreement(hand, units);
        output.WriteLine($"{seed} → {draft}: {share:P1} of {hand.Count} units agree");
        foreach (var missing in hand.Except(units).Take(40)) output.WriteLine($"  hand only: {missing}");
        foreach (var extra in units.Except(hand).Take(40)) output.WriteLine($"  import only: {extra}");
        Assert.True(share >= 0.95, $"{share:P1} of the units agree; at least 95 % are required");
    }
}

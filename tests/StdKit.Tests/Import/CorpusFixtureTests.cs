using StdKit.Content;
using StdKit.Content.Project;
using StdKit.Import;
using StdKit.Model.Body;
using StdKit.Model.Documents;
using Xunit.Abstractions;

namespace StdKit.Tests.Import;

/// <summary>
/// Standards converted to Markdown by others (../shared/corpus/markdown, read at test time only) are set on the
/// official templates as .docx files with Word's numbering, then imported: the outline — numbers, titles, kinds —
/// is the one the Markdown gives, and every character of the body is in the content file or in the report.
/// </summary>
public sealed class CorpusFixtureTests(ITestOutputHelper output)
{
    private static string Markdown => Path.Combine(CorpusImportTests.Corpus, "markdown");

    public static TheoryData<string> Standards => new(
        Directory.Exists(Markdown)
            ? Directory.EnumerateFiles(Markdown, "*.md").Select(Path.GetFileName).Order(StringComparer.Ordinal)!
            : ["(corpus absent)"]);

    [SkippableTheory]
    [MemberData(nameof(Standards))]
    public void A_standard_set_on_the_template_imports_with_its_outline_and_every_character(string name)
    {
        Skip.IfNot(Directory.Exists(Markdown), $"the corpus is not here ({CorpusImportTests.Corpus}); "
            + "it is read at test time only");
        // The national template for national standards, the sector template for the others.
        var template = Path.Combine(CorpusImportTests.Corpus, "templates", name.StartsWith("GB")
            ? "guojia_biaozhun_template.dotx" : "hangye_biaozhun_template.dotx");
        using var folder = new TempFolder();
        var docx = folder.File(Path.ChangeExtension(name, ".docx"));
        var expected = CorpusDocx.Build(Path.Combine(Markdown, name), template, docx);

        var result = Importer.Import(docx);
        var standard = StandardReader.Read(folder.Write("imported.md", result.Content),
            ContentProject.Load(Tests.Support.Repository.Content));
        var actual = Outline(standard);

        var share = StandardUnits.Agreement(
            expected.Select(u => new StandardUnit(u.Number, u.Kind, u.Title)).ToList(),
            actual.Select(u => new StandardUnit(u.Number, u.Kind, u.Title)).ToList());
        output.WriteLine($"{name}: {share:P1} of {expected.Count} outline units match");
        foreach (var unit in expected.Except(actual)) output.WriteLine($"  Markdown only: {unit}");
        foreach (var unit in actual.Except(expected)) output.WriteLine($"  import only:   {unit}");
        Assert.True(expected.Count >= 5, $"only {expected.Count} outline units were set on the template");
        Assert.True(share >= 0.95, $"{share:P1} of the outline units match; at least 95 % are required");
        AccountingTests.AssertAccounted(docx);
    }

    /// <summary>The imported standard's chapters, 条, term entries and annexes, as the fixture lists them.</summary>
    internal static List<OutlineUnit> Outline(Standard standard)
    {
        var units = new List<OutlineUnit>();
        void Walk(Division division)
        {
            switch (division)
            {
                case Clause c:
                    units.Add(new OutlineUnit(c.Number, c.IsChapter ? "章" : c.Title is null ? "无标题条" : "条",
                        CorpusDocx.Flat(c.Title ?? "")));
                    break;
                case Annex a:
                    units.Add(new OutlineUnit(a.ReferenceLabel, "附录", CorpusDocx.Flat(a.Title ?? "")));
                    break;
            }
            foreach (var term in division.Blocks.OfType<TermEntry>())
                units.Add(new OutlineUnit(term.Number, "术语", CorpusDocx.Flat(term.Term)));
            foreach (var clause in division.Clauses) Walk(clause);
        }
        foreach (var part in standard.Parts) Walk(part);
        return units;
    }
}

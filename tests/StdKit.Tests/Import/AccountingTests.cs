using System.Text.RegularExpressions;
using StdKit.Content;
using StdKit.Content.Project;
using StdKit.Generator.Docx;
using StdKit.Import;
using StdKit.Import.Sources;
using StdKit.Tests.Support;

namespace StdKit.Tests.Import;

/// <summary>
/// Every character of the source body is accounted for: a paragraph's text is in the content file, or the report
/// quotes it (taken into the front matter, left out as 目次 or composed sentence, or not placed).
/// </summary>
public sealed class AccountingTests
{
    public static TheoryData<string> Seeds => new(SeedImportTests.Seeds.Select(row => (string)row[0]));

    [SkippableTheory]
    [MemberData(nameof(Seeds))]
    public void Every_seed_paragraph_is_imported_or_reported(string seed)
    {
        var path = Path.Combine(SeedImportTests.SeedFolder, seed);
        Skip.IfNot(File.Exists(path), "the seed texts are read at test time only, and are not here");
        AssertAccounted(path);
    }

    [SkippableFact]
    public void Every_paragraph_of_the_corpus_draft_is_imported_or_reported()
    {
        var path = Path.Combine(CorpusImportTests.Corpus, "docx", "DYT_yingyuan_guanli_xitong_draft_2022.docx");
        Skip.IfNot(File.Exists(path), "the corpus is read at test time only, and is not here");
        AssertAccounted(path);
    }

    [Fact]
    public void Every_paragraph_of_a_rendered_draft_is_imported_or_reported()
    {
        using var folder = new TempFolder();
        var project = ContentProject.Load(Repository.Content);
        foreach (var draft in Repository.SeedDrafts)
        {
            var docx = folder.File(Path.GetFileNameWithoutExtension(draft) + ".docx");
            DocxRenderer.Render(StandardReader.Read(draft, project), docx);
            AssertAccounted(docx);
        }
    }

    internal static void AssertAccounted(string path)
    {
        var result = Importer.Import(path);
        var content = Han(result.Content);
        var reported = result.Report.Entries.Select(e => Han(e.Text)).ToList();
        var missing = new List<string>();
        foreach (var block in Importer.Read(path))
        {
            var texts = block switch
            {
                SourceParagraph p => [p.Text],
                SourceTable t => t.Texts.ToList(),
                _ => [],
            };
            foreach (var text in texts.Select(Han).Where(t => t.Length > 0))
            {
                // A dash typed as "一一" (or mistyped "一") is a list marker, not text.
                var body = text.TrimStart('一');
                if (!content.Contains(text) && !content.Contains(body) && !reported.Any(r => r.Contains(body)))
                    missing.Add($"{block.Index}: {text}");
            }
        }
        Assert.True(missing.Count == 0, "not in the content file nor in the report:\n" + string.Join("\n", missing));
    }

    /// <summary>The Han characters of a text, without those that cross-references print (表, 图, 附录, 第…章).</summary>
    private static string Han(string text) => Regex.Replace(text, @"[^\p{IsCJKUnifiedIdeographs}]|[表图附录第章]", "");
}

using System.Text.RegularExpressions;
using StdKit.Content;
using StdKit.Content.Project;
using StdKit.Import;
using StdKit.Import.Recognition;
using StdKit.Model.Body;
using StdKit.Tests.Support;
using Xunit.Abstractions;

namespace StdKit.Tests.Import;

/// <summary>
/// A real industry-standard draft written elsewhere on the official template (numbers from numbering.xml), read at
/// test time from ../shared/corpus/: its imported outline is the one Word shows in its own 目次.
/// </summary>
public sealed partial class CorpusImportTests(ITestOutputHelper output)
{
    public static string Corpus => Path.Combine(Repository.Shared, "corpus");
    private static string Draft => Path.Combine(Corpus, "docx", "DYT_yingyuan_guanli_xitong_draft_2022.docx");

    [SkippableFact]
    public void Official_template_draft_imports_with_the_outline_of_its_own_table_of_contents()
    {
        Skip.IfNot(File.Exists(Draft), $"the corpus is not here ({Corpus}); it is read at test time only");
        var toc = Classifier.Classify(Importer.Read(Draft)).Where(u => u.Kind == UnitKind.TocEntry)
            .Select(u => TocLine().Match(u.Text)).Where(m => m.Success)
            .Select(m => $"{m.Groups[1].Value} {Flat(m.Groups[2].Value)}").ToList();
        Assert.NotEmpty(toc);

        using var folder = new TempFolder();
        var result = Importer.Import(Draft);
        var standard = StandardReader.Read(folder.Write("draft.md", result.Content),
            ContentProject.Load(Repository.Content));
        var outline = standard.Parts.OfType<Clause>()
            .SelectMany(c => new[] { c }.Concat(c.Clauses))
            .Select(c => $"{c.Number} {Flat(c.Title ?? "")}").ToList();

        var numbered = toc.Where(t => char.IsDigit(t[0])).ToList();
        output.WriteLine($"{numbered.Intersect(outline).Count()} of {numbered.Count} numbered 目次 lines "
            + $"({(double)numbered.Intersect(outline).Count() / numbered.Count:P1}) are in the imported outline");
        foreach (var line in toc.Except(outline)) output.WriteLine($"in the 目次 only: {line}");
        Assert.Equal(numbered, outline);
        Assert.Equal("影院管理系统基本功能和接口规范", standard.Metadata.Title);
        Assert.Equal("DY/T XXXX—XXXX", standard.Metadata.Number.ToString());
        Assert.Single(result.Files);
    }

    /// <summary>"6.4　放映计划管理\t12" → number and title; 前言, 附录 and 参考文献 lines have no number.</summary>
    [GeneratedRegex(@"^(\d+(?:\.\d+)*)\s+([^\t]+)")]
    private static partial Regex TocLine();

    private static string Flat(string text) => Regex.Replace(text, @"\s", "");
}

using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using StdKit.Content;
using StdKit.Content.Project;
using StdKit.Generator;
using StdKit.Generator.Docx;
using StdKit.Generator.Docx.Writers;
using StdKit.Generator.Pdf;
using StdKit.Model.Wording;
using Annex = StdKit.Model.Body.Annex;
using StdKit.Tests.Support;

namespace StdKit.Tests.Pdf;

/// <summary>The page numbers of the 目次, found in the printed pages.</summary>
public sealed class TocPagesTests
{
    private static readonly TocEntry[] Entries =
    [
        new(1, "前言", ""), new(1, "1\u3000范围", ""), new(1, "2\u3000要求", ""),
        new(1, "附录A（资料性）\u3000服务记录表", ""), new(1, "参考文献", ""),
    ];

    /// <summary>Pages as pdftotext gives them: the cover, the 目次, the 前言, then the body from page 1.</summary>
    private static string[] Pages(string annexHeading) =>
    [
        "团体标准\n测试标准",
        "T/TEST 001—2025\n目 次\n前言........II\n1 范围........1\n2 要求........1\n附录A（资料性） 服务记录\n表........2\n参考文献........3\nI",
        "前 言\n本文件按照……\nII",
        "测试标准\n1 范围\n本文件规定了……\n2 要求\n服务要求。\n1",
        annexHeading + "\n表A.1 记录项\n2",
        "参考文献\n[1] GB/T 19001—2016\n3",
    ];

    [Fact]
    public void An_annex_heading_set_on_three_lines_and_a_toc_line_that_wraps_are_found()
    {
        var toc = TocPageLocator.Locate(Entries, Pages("附录A\n（资料性）\n服务记录表"), "测试标准");
        Assert.Empty(toc.Unplaced);
        Assert.Equal(["II", "1", "1", "2", "3"], Entries.Select(e => toc.Pages[e.Text]));
    }

    [Fact]
    public void A_heading_that_cannot_be_found_loses_only_its_own_page_number()
    {
        var toc = TocPageLocator.Locate(Entries, Pages("附录甲\n服务记录"), "测试标准");
        Assert.Equal([Entries[3]], toc.Unplaced);
        Assert.Equal(["II", "1", "1", "3"], Entries.Where(e => e != Entries[3]).Select(e => toc.Pages[e.Text]));
    }

    /// <summary>Every model standard with annexes, printed together as a build prints them;
    /// needs LibreOffice.</summary>
    [SkippableFact]
    public void Every_model_standard_with_annexes_gets_a_page_number_for_every_toc_entry()
    {
        ExternalTools.Require("soffice", "libreoffice-writer");
        ExternalTools.Require("pdftotext", "poppler-utils");
        var project = ContentProject.Load(Repository.Content);
        var agency = project.DefaultAgency;
        var standards = project.Library!.Entries
            .Select(e => StandardReader.Read(e.Path, project, agency))
            .Where(s => s.Parts.OfType<Annex>().Any()).ToList();
        Assert.NotEmpty(standards);
        var folder = Directory.CreateTempSubdirectory("stdkit-toc-").FullName;
        try
        {
            var jobs = standards.Select((s, i) =>
                new PrintJob(Path.Combine(folder, $"{i}.docx"), Path.Combine(folder, $"{i}.pdf"), s)).ToList();
            foreach (var job in jobs) DocxRenderer.Render(job.Standard!, job.DocxPath);
            Assert.Empty(StandardPublisher.Print(jobs));
            foreach (var job in jobs)
            {
                using var document = WordprocessingDocument.Open(job.DocxPath, false);
                var entries = document.MainDocumentPart!.Document.Body!.Descendants<Paragraph>()
                    .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value is "TOC1" or "TOC2").ToList();
                Assert.Contains(entries, p => p.InnerText.StartsWith("附录A", StringComparison.Ordinal));
                Assert.All(entries, p => Assert.Single(p.Descendants<TabChar>()));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

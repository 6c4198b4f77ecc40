using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using PdfSharp.Pdf.IO;
using StdKit.Build;
using StdKit.Generator.Pdf;
using StdKit.Tests.Support;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace StdKit.Tests.Build;

/// <summary>stdkit build --manual: the whole system bound as one 标准汇编.</summary>
public sealed class ManualTests : IDisposable
{
    private readonly SystemTree _tree = new();

    public void Dispose() => _tree.Dispose();

    [Fact]
    public void The_manual_holds_its_cover_a_master_toc_the_system_documents_and_every_standard_with_its_own_cover()
    {
        var plan = _tree.Plan();
        var files = ManualWriter.Write(plan, _tree.Out, pdf: false);
        using var document = WordprocessingDocument.Open(Assert.Single(files), false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        var body = document.MainDocumentPart!.Document.Body!;
        var standards = plan.Outputs.Where(o => o.Standard is not null).Select(o => o.Standard!).ToList();
        var toc = body.Descendants<W.Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "TOC1")
            .Select(p => p.InnerText).Take(standards.Count + 2).ToList();
        Assert.Equal([plan.System.AgencyName + "标准体系结构图", plan.System.AgencyName + "标准明细表",
            .. standards.Select(s => $"{s.Number}\u3000{s.Title}")], toc);
        // Every standard as it prints alone: its own cover with its number, then its own 目次.
        var covers = body.Descendants<W.Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "CoverNumber").Select(p => p.InnerText);
        Assert.Equal(standards.Select(s => s.Number), covers);
        // Covers take a header and footer of their own instead of those of the standard before them.
        var sections = body.Descendants<W.SectionProperties>().ToList();
        Assert.All(sections.Skip(1), s => Assert.NotEmpty(s.Elements<W.FooterReference>()));
        // A cover opens a right-hand page, so that a blank verso comes before it where needed.
        var coverSections = sections.Where(s => s.GetFirstChild<W.PageMargin>()!.Header!.Value == 0).ToList();
        Assert.Equal(standards.Count + 1, coverSections.Count);
        Assert.All(coverSections,
            s => Assert.Equal(W.SectionMarkValues.OddPage, s.GetFirstChild<W.SectionType>()!.Val!.Value));
        // One run of numbers through the volume: only its cover starts it; no standard restarts or turns Roman.
        Assert.Equal(1, sections[0].GetFirstChild<W.PageNumberType>()!.Start!.Value);
        Assert.All(sections.Skip(1), s => Assert.Null(s.GetFirstChild<W.PageNumberType>()!.Start));
        Assert.All(sections,
            s => Assert.Equal(W.NumberFormatValues.Decimal, s.GetFirstChild<W.PageNumberType>()!.Format!.Value));
    }

    /// <summary>
    /// Needs LibreOffice: the master 目次 gives the number printed on each standard's cover, every page after the
    /// volume's cover prints its number in the volume, and each standard's own 目次 cites those numbers too.
    /// </summary>
    [SkippableFact]
    public void The_printed_manual_gives_each_part_its_manual_page_and_a_bookmark()
    {
        ExternalTools.Require("soffice", "libreoffice-writer");
        ExternalTools.Require("pdfinfo", "poppler-utils");
        AdoptMany(45); // a 明细表 long enough to cross a page, without more standards to print
        var plan = _tree.Plan();
        var files = ManualWriter.Write(plan, _tree.Out, pdf: true);
        var pdf = files[1];
        var pages = PdfText.Pages(pdf);
        using var printed = PdfReader.Open(pdf, PdfDocumentOpenMode.Import);
        var standards = plan.Outputs.Where(o => o.Standard is not null).Select(o => o.Standard!).ToList();
        var master = pages.First(p => p.Contains("结构图...", StringComparison.Ordinal));
        var covers = new List<int>();
        foreach (var standard in standards)
        {
            var line = master.Split('\n').Single(l => l.Contains(standard.Number));
            var page = int.Parse(line.TrimEnd()[(line.TrimEnd().LastIndexOfAny(['.', ' ']) + 1)..]);
            covers.Add(page);
            Assert.Contains(standard.Number, pages[page - 1]);
            Assert.Contains("实施", pages[page - 1]); // its cover: the date line
            Assert.DoesNotContain("实施", pages[page - 2].Split('\n').Where(l => l.Contains(standard.Number)));
        }
        Assert.Contains(plan.System.AgencyName + "标准体系结构图", pages[int.Parse(master.Split('\n')
            .Single(l => l.Contains("结构图")).TrimEnd().Split('.', ' ')[^1]) - 1]);
        // Bound, every standard opens on a right-hand page, after a blank verso where the one before ends on the right.
        Assert.All(covers, page => Assert.True(page % 2 == 1, $"a cover prints on page {page}, a left-hand page"));
        // What the master 目次 gives is what the cover prints at its foot, and so on through the volume: every page
        // with text after the volume's cover prints its number in the volume, a blank verso nothing.
        Assert.All(covers, page => Assert.Equal(page.ToString(), LastLine(pages[page - 1])));
        for (var page = 2; page <= printed.PageCount; page++)
            Assert.True(pages[page - 1].Trim().Length == 0 || LastLine(pages[page - 1]) == page.ToString(),
                $"page {page} prints \"{LastLine(pages[page - 1])}\" at its foot");
        // Each standard's own 目次, on the right-hand page after its cover, cites the pages of the volume as well.
        foreach (var cover in covers)
        {
            Assert.Equal("", pages[cover].Trim());
            var scope = pages[cover + 1].Split('\n').Select(l => l.Trim())
                .First(l => l.StartsWith("1 ", StringComparison.Ordinal));
            var page = int.Parse(scope[(scope.LastIndexOf('.') + 1)..]);
            Assert.InRange(page, cover + 3, cover + 8);
            Assert.Contains("范围", pages[page - 1]);
        }
        // The 明细表 goes on under "表1（续）" with its header on every page it reaches after the first.
        var list = pages.Select((text, i) => (text: text.Replace(" ", ""), page: i + 1))
            .SkipWhile(p => !p.text.Contains("表1标准明细表")).TakeWhile(p => !covers.Contains(p.page))
            .Where(p => p.text.Trim().Length > 0).ToList();
        Assert.True(list.Count >= 2, "the sample's 明细表 should cross a page");
        Assert.All(list.Skip(1), p => Assert.Contains("表1（续）", p.text));
        Assert.All(list.Skip(1), p => Assert.Contains("序号", p.text));
        Assert.Equal(standards.Count + 3, printed.Outlines.Count);
        Assert.Contains(printed.Outlines, o => o.Title == $"{standards[0].Number}\u3000{standards[0].Title}");
    }

    private static string LastLine(string page) =>
        page.Split('\n').Select(l => l.Trim()).LastOrDefault(l => l.Length > 0) ?? "";

    /// <summary>Adopted documents are listed in the 明细表 but not printed in the manual.</summary>
    private void AdoptMany(int count)
    {
        var numbers = Enumerable.Range(1, count).Select(i => $"GB/T {30000 + i}—2020").ToList();
        File.AppendAllText(Path.Combine(_tree.Content, "catalogue.yaml"), string.Concat(numbers.Select((n, i) =>
            $"- number: {n}\n  title: 服务业组织通用管理要求　第{i + 1}部分：服务质量和服务评价\n")));
        var profile = Path.Combine(_tree.Content, "agencies", "yunnan-sme-centre.yaml");
        File.WriteAllText(profile, File.ReadAllText(profile).Replace("adopts:\n",
            "adopts:\n" + string.Concat(numbers.Select(n => $"  - {n}\n"))));
    }
}

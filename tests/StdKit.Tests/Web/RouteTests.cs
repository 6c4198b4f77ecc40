using System.IO.Compression;
using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using StdKit.Generator.Pdf;
using StdKit.Search.Knowledge;
using StdKit.Tests.Support;
using StdKit.Web.Rendering;

namespace StdKit.Tests.Web;

/// <summary>Every route of the workbench over the sample knowledge base: status, content and the files it
/// serves.</summary>
[Collection(SampleWorkbenchCollection.Name)]
public sealed class RouteTests(SampleWorkbench sample)
{
    private HttpClient Client => sample.Workbench.Client;

    private IReadOnlyList<ListedStandard> Standards()
    {
        using var kb = sample.Workbench.Database.Open();
        return kb.Standards();
    }

    private async Task<string> Page(string url)
    {
        var response = await Client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode}");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task The_home_page_is_a_search_box_that_works_without_script()
    {
        var html = await Page("/");
        Assert.Contains("<form class=\"search\" method=\"get\" action=\"/\"", html);
        Assert.Contains("name=\"q\"", html);
        Assert.Contains("lang=\"zh-CN\"", html);
    }

    [Fact]
    public async Task A_search_shows_clause_title_provision_marks_and_links_to_the_clause()
    {
        var html = await Page(Links.With("/", ("q", "服务时限")));
        // The words of the query are marked where they stand, together or apart.
        Assert.Contains("<mark>时限</mark>", html);
        Assert.Contains("class=\"badge prov-badge-requirement\">要求</span>", html);
        var clause = Html.Links(html).First(l => l.StartsWith("/standards/", StringComparison.Ordinal)
            && l.Contains('#'));
        var (path, anchor) = (clause[..clause.IndexOf('#')],
            Uri.UnescapeDataString(clause[(clause.IndexOf('#') + 1)..]));
        Assert.Contains(anchor, Html.Ids(await Page(path)));
    }

    [Fact]
    public async Task A_search_page_is_kept_from_the_second_time_it_is_asked_and_a_reading_page_from_the_first()
    {
        // The page cache says a page comes from memory by its age.
        async Task<bool> Kept(string url)
        {
            using var response = await Client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return response.Headers.Age is not null;
        }
        var search = Links.With("/", ("q", "服务时限 记录"));
        var asked = new List<bool>();
        for (var i = 0; i < 4; i++) asked.Add(await Kept(search));
        Assert.Equal([false, false, true, true], asked);
        // Other tests read this page too: asked twice, it comes from memory the second time whatever they did.
        var reading = Links.Standard(Standards().First(s => s.Agency is not null).Number);
        await Kept(reading);
        Assert.True(await Kept(reading));
    }

    [Fact]
    public async Task Filters_are_links_that_keep_the_query_and_narrow_the_hits()
    {
        var html = await Page(Links.With("/", ("q", "服务")));
        var layer = Html.Links(html).First(l => l.Contains("layer=", StringComparison.Ordinal));
        Assert.Contains("q=%E6%9C%8D%E5%8A%A1", layer);
        var narrowed = await Page(layer);
        Assert.Contains("<a href=\"" + WebUtility.HtmlEncode(layer) + "\" class=\"active\">", narrowed);
        var requirement = await Page(Links.With("/", ("q", "服务"), ("provision", "requirement")));
        Assert.DoesNotContain("prov-badge-statement\">陈述</span>",
            requirement[requirement.IndexOf("<ol class=\"hits\"", StringComparison.Ordinal)..]);
    }

    [Fact]
    public async Task Hits_come_in_pages_linked_from_each_other_without_repeats()
    {
        var first = await Page(Links.With("/", ("q", "服务")));
        var next = Html.Links(first).First(l => l.Contains("page=2", StringComparison.Ordinal));
        var second = await Page(next);
        Assert.Contains("<ol class=\"hits\" start=\"21\">", second);
        Assert.Contains("第 2 页", second);
        Assert.Contains("rel=\"prev\"", second);
        // A hit is its link and what it shows: the rows of one table share the table's anchor.
        static IEnumerable<string> Anchors(string html) => System.Text.RegularExpressions.Regex
            .Matches(html, "<li class=\"hit\">(.*?)</li>", System.Text.RegularExpressions.RegexOptions.Singleline)
            .Select(m => m.Groups[1].Value);
        Assert.Equal(20, Anchors(second).Count());
        Assert.Empty(Anchors(first).Intersect(Anchors(second)));
        var beyond = await Page(Links.With("/", ("q", "服务"), ("page", "400")));
        Assert.Contains("回到第 1 页", beyond);
    }

    [Fact]
    public async Task The_reading_view_has_cover_facts_toc_anchors_and_the_provision_views()
    {
        var number = Standards().First(s => s.Agency is not null).Number;
        var html = await Page(Links.Standard(number));
        Assert.Contains(WebUtility.HtmlEncode(number), html);
        Assert.Contains("<nav class=\"toc\"", html);
        Assert.Contains("id=\"1\"", html);
        var requirements = await Page(Links.With(Links.Standard(number), ("view", "requirements")));
        Assert.DoesNotContain("class=\"prov-statement\"",
            requirements[requirements.IndexOf("<h1 class=\"body-title\"", StringComparison.Ordinal)..]);
        Assert.Contains("prov-badge-requirement",
            await Page(Links.With(Links.Standard(number), ("view", "provisions"))));
    }

    [Fact]
    public async Task Drafts_show_the_checker_findings_at_their_clauses()
    {
        var draft = Standards().First(s => s.Stage != Model.Metadata.DraftStage.Published);
        var html = await Page(Links.Standard(draft.Number));
        Assert.Contains("<details class=\"findings\"", html);
        Assert.Contains("<aside class=\"finding", html);
    }

    [Fact]
    public async Task The_docx_download_is_the_rendered_standard_and_valid()
    {
        var number = Standards().First(s => s.Agency is not null).Number;
        var response = await Client.GetAsync(Links.Docx(number));
        response.EnsureSuccessStatusCode();
        Assert.EndsWith(".docx", response.Content.Headers.ContentDisposition?.FileNameStar);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var document = WordprocessingDocument.Open(stream, false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        Assert.Contains(number, document.MainDocumentPart!.Document.Body!.InnerText);
    }

    [SkippableFact]
    public async Task The_pdf_download_is_the_printed_standard_made_once()
    {
        ExternalTools.Require("soffice", "libreoffice-writer");
        ExternalTools.Require("pdftotext", "poppler-utils");
        var number = Standards().First(s => s.Agency is not null).Number;
        Assert.Contains($"href=\"{WebUtility.HtmlEncode(Links.Pdf(number))}\"", await Page(Links.Standard(number)));
        var response = await Client.GetAsync(Links.Pdf(number));
        response.EnsureSuccessStatusCode();
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(".pdf", response.Content.Headers.ContentDisposition?.FileNameStar);
        var pdf = Path.Combine(Directory.CreateTempSubdirectory("stdkit-pdf-test-").FullName, "standard.pdf");
        try
        {
            var bytes = await response.Content.ReadAsByteArrayAsync();
            await File.WriteAllBytesAsync(pdf, bytes);
            Assert.Contains(PdfText.Pages(pdf), page => page.Contains(number, StringComparison.Ordinal));
            // Kept for the knowledge base's generation: the second reader gets the same file, not a new print.
            var clock = System.Diagnostics.Stopwatch.StartNew();
            Assert.Equal(bytes, await Client.GetByteArrayAsync(Links.Pdf(number)));
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"second request took {clock.Elapsed}");
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(pdf)!, recursive: true);
        }
    }

    [Fact]
    public async Task The_system_page_draws_the_chart_and_lists_and_counts_the_standards()
    {
        var html = await Page("/systems/yunnan-sme-centre");
        Assert.Contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\"", html);
        Assert.Contains("/standards?agency=yunnan-sme-centre&amp;layer=", html);
        Assert.Contains("标准明细表", html);
        Assert.Contains("<table class=\"list statistics\">", html);
        var byTitle = await Page("/systems/yunnan-sme-centre?sort=title");
        Assert.Contains("class=\"active\">标准名称</a>", byTitle);
    }

    [Fact]
    public async Task The_system_documents_and_the_whole_system_download()
    {
        var html = await Page("/systems/yunnan-sme-centre");
        var document = Html.Links(html).First(l => l.Contains("/download/", StringComparison.Ordinal));
        var docx = await Client.GetAsync(document);
        docx.EnsureSuccessStatusCode();
        using (var word = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()),
            false))
            Assert.Empty(new OpenXmlValidator().Validate(word));
        var zip = await Client.GetAsync("/systems/yunnan-sme-centre/system.zip");
        zip.EnsureSuccessStatusCode();
        using var archive = new ZipArchive(new MemoryStream(await zip.Content.ReadAsByteArrayAsync()));
        Assert.Contains(archive.Entries, e => e.FullName == "标准明细表.docx");
        Assert.Contains(archive.Entries, e => e.FullName.StartsWith("standards/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_evaluation_page_shows_the_levels_the_gaps_and_links_the_evidence_to_its_clauses()
    {
        Assert.Contains($"href=\"{Links.Evaluation("yunnan-sme-centre")}\"", await Page("/systems/yunnan-sme-centre"));
        var html = await Page("/systems/yunnan-sme-centre/evaluation");
        Assert.Contains("<td class=\"level\">四星</td>", html);
        Assert.Contains("营业收入：差200万元", html);
        Assert.Contains("标准体系的缺口", html);
        // Every evidence link opens a clause of the agency's own standards in the reading view.
        var evidence = Html.Links(html).Where(l => l.StartsWith("/standards/Q/YNSME", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(evidence);
        Assert.All(evidence, l => Assert.Contains('#', l));
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync(evidence[0])).StatusCode);
        var report = await Client.GetAsync(Links.EvaluationReport("yunnan-sme-centre"));
        report.EnsureSuccessStatusCode();
        using var word = WordprocessingDocument.Open(new MemoryStream(await report.Content.ReadAsByteArrayAsync()),
            false);
        Assert.Empty(new OpenXmlValidator().Validate(word));
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/systems/no-such-agency/evaluation")).StatusCode);
    }

    [Fact]
    public async Task The_term_base_shows_definitions_side_by_side_and_marks_conflicts()
    {
        var html = await Page("/terms");
        Assert.Contains("<section class=\"term-group", html);
        Assert.Contains("定义不一致", html);
        var found = await Page(Links.TermsOf("服务机构"));
        Assert.Contains("<h2>服务机构", found);
        // No definition of it is taken from another document: no empty 来源 column.
        Assert.DoesNotContain("<th>来源</th>", found);
    }

    [Fact]
    public async Task The_citations_page_shows_who_cites_a_document_and_what_it_cites()
    {
        var html = await Page(Links.Citations("GB/T 19001—2016"));
        Assert.Contains("被以下条款引用", html);
        Assert.Matches("<a href=\"/standards/[^\"]+#[^\"]+\">", html);
        var number = Standards().First(s => s.Agency is not null).Number;
        Assert.Contains("它引用的文件", await Page(Links.Citations(number)));
    }

    [Fact]
    public async Task The_style_sheet_and_script_are_served_and_nothing_else_by_name()
    {
        Assert.Equal("text/css", (await Client.GetAsync("/assets/site.css")).Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/assets/WebServer.cs")).StatusCode);
    }
}

using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.Playwright;
using StdKit.Tests.Support;
using StdKit.Web.Rendering;

namespace StdKit.Tests.Web;

/// <summary>
/// The workbench in Debian's chromium, driven by Playwright through its executable (never a downloaded browser):
/// what a reader does — search, open a hit, follow a reference, click the chart, download the Word file.
/// </summary>
[Collection(SampleWorkbenchCollection.Name)]
public sealed class BrowserTests(SampleWorkbench sample)
{
    public const string Chromium = "/usr/bin/chromium";

    /// <summary>Opens a page of a fresh browser on the workbench; skipped where chromium is not installed.</summary>
    internal static async Task<(IPlaywright, IBrowser, IPage)> Open(Workbench workbench)
    {
        ExternalTools.Require("chromium", "chromium");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking"],
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = await workbench.AddressAsync(),
            AcceptDownloads = true,
            ViewportSize = new ViewportSize { Width = 1280, Height = 1000 },
        });
        return (playwright, browser, await context.NewPageAsync());
    }

    [SkippableFact]
    public async Task Typing_a_question_shows_hits_and_a_hit_opens_at_its_clause()
    {
        var (playwright, browser, page) = await Open(sample.Workbench);
        using (playwright)
        await using (browser)
        {
            await page.GotoAsync("/");
            await page.Locator("input[name=q]").PressSequentiallyAsync("服务时限", new() { Delay = 30 });
            // No Enter: the script fetches the hits while the question is typed.
            await page.Locator("li.hit").First.WaitForAsync();
            Assert.Contains("q=", page.Url);
            var hit = page.Locator("a.hit-clause").First;
            var href = await hit.GetAttributeAsync("href");
            await hit.ClickAsync();
            await page.WaitForURLAsync(url => url.Contains('#'));
            var anchor = Uri.UnescapeDataString(new Uri(page.Url).Fragment.TrimStart('#'));
            Assert.EndsWith(Links.Anchor(anchor), Uri.UnescapeDataString(href!));
            Assert.True(await page.Locator($"[id=\"{anchor}\"]").IsVisibleAsync(), $"the clause {anchor} is shown");
            Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector(':target') !== null"));
        }
    }

    [SkippableFact]
    public async Task A_cross_reference_leads_to_its_target()
    {
        var (playwright, browser, page) = await Open(sample.Workbench);
        using (playwright)
        await using (browser)
        {
            await page.GotoAsync(Links.Standards);
            var standards = await page.Locator("table.list a")
                .EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
            foreach (var standard in standards)
            {
                await page.GotoAsync(standard);
                var reference = page.Locator("article a.xref").First;
                if (await reference.CountAsync() == 0) continue;
                var target = Uri.UnescapeDataString((await reference.GetAttributeAsync("href"))!.TrimStart('#'));
                await reference.ClickAsync();
                await page.WaitForURLAsync(url => url.Contains('#'));
                Assert.Equal(target, Uri.UnescapeDataString(new Uri(page.Url).Fragment.TrimStart('#')));
                Assert.True(await page.Locator($"[id=\"{target}\"]").IsVisibleAsync());
                return;
            }
            Assert.Fail("no standard of the sample content has a cross-reference");
        }
    }

    [SkippableFact]
    public async Task A_box_of_the_structure_chart_lists_its_standards()
    {
        var (playwright, browser, page) = await Open(sample.Workbench);
        using (playwright)
        await using (browser)
        {
            await page.GotoAsync("/systems/yunnan-sme-centre");
            var box = page.Locator("svg.chart a[href*='category=']").First;
            await box.ClickAsync();
            await page.WaitForURLAsync(url => url.Contains("category="));
            Assert.True(await page.Locator("table.list tbody tr").CountAsync() > 0,
                "the category's standards are listed");
        }
    }

    [SkippableFact]
    public async Task The_downloaded_word_file_is_valid()
    {
        var (playwright, browser, page) = await Open(sample.Workbench);
        using (playwright)
        await using (browser)
        {
            await page.GotoAsync(Links.Standards);
            await page.Locator("table.list a").Last.ClickAsync();
            var download = await page.RunAndWaitForDownloadAsync(
                () => page.Locator("a.download", new() { HasText = "Word" }).ClickAsync());
            Assert.EndsWith(".docx", download.SuggestedFilename);
            var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".docx");
            await download.SaveAsAsync(path);
            try
            {
                using var document = WordprocessingDocument.Open(path, false);
                Assert.Empty(new OpenXmlValidator().Validate(document));
            }
            finally
            {
                File.Delete(path);
            }
        }
    }
}

/// <summary>Markup in content and in a query runs nowhere: no script, no event handler, no injected element.</summary>
public sealed class BrowserEscapingTests : IAsyncLifetime
{
    private readonly TempContent _content = new();
    private Workbench _workbench = null!;

    public Task InitializeAsync()
    {
        EscapingTests.WriteHostileStandard(_content);
        _workbench = new Workbench(_content.Root);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _workbench.DisposeAsync();
        _content.Dispose();
    }

    [SkippableFact]
    public async Task Nothing_typed_into_content_or_a_query_runs_in_the_browser()
    {
        var (playwright, browser, page) = await BrowserTests.Open(_workbench);
        using (playwright)
        await using (browser)
        {
            var dialogs = 0;
            page.Dialog += (_, dialog) =>
            {
                dialogs++;
                _ = dialog.DismissAsync();
            };
            foreach (var url in new[]
                     {
                         Links.Standard(EscapingTests.Number), Links.Standards, Links.Terms,
                         Links.With("/", ("q", EscapingTests.Attack + "<img src=x onerror=alert(2)>")),
                     })
            {
                await page.GotoAsync(url);
                Assert.Equal(0, await page.Locator("script:not([src]), img[onerror], [onerror]").CountAsync());
                // Shown as the text it is: in the page, or in the search box it was typed into.
                var box = page.Locator("main input[name=q]");
                var shown = await page.Locator("main").InnerTextAsync()
                    + (await box.CountAsync() > 0 ? await box.InputValueAsync() : "");
                Assert.Contains("<script>", shown);
            }
            Assert.Equal(0, dialogs);
        }
    }
}

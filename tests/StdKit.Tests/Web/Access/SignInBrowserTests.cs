using Microsoft.Playwright;
using StdKit.Web.Access;
using static StdKit.Tests.Web.Access.AccessWorkbench;

namespace StdKit.Tests.Web.Access;

/// <summary>The sign-in page in Debian's chromium: with and without JavaScript, a wrong password, then the member's
/// own draft in the search. Screenshots of both pages go to the temporary folder (stdkit-screens) to look at.</summary>
[Collection(AccessWorkbenchCollection.Name)]
public sealed class SignInBrowserTests(AccessWorkbench access)
{
    private static readonly string Screens = Directory.CreateDirectory(
        Path.Combine(Path.GetTempPath(), "stdkit-screens")).FullName;

    [SkippableTheory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_member_signs_in_on_the_page_and_finds_their_agencys_draft(bool script)
    {
        var (playwright, browser, _) = await BrowserTests.Open(access.Workbench);
        using (playwright)
        await using (browser)
        {
            var context = await browser.NewContextAsync(new BrowserNewContextOptions
            {
                BaseURL = await access.Workbench.AddressAsync(),
                JavaScriptEnabled = script,
                ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            });
            var page = await context.NewPageAsync();
            var search = $"/?q={Uri.EscapeDataString(DraftTerm)}";
            await page.GotoAsync(search);
            Assert.Equal(0, await page.Locator("li.hit").CountAsync());
            await page.GetByRole(AriaRole.Link, new() { Name = "登录" }).ClickAsync();
            await page.WaitForURLAsync(url => url.Contains("/signin"));
            await page.GetByLabel("用户名").FillAsync("ana");
            await page.GetByLabel("密码").FillAsync("not-the-password");
            await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
            Assert.Contains("用户名或密码不正确", await page.Locator("[role=alert]").InnerTextAsync());
            if (script) await Screenshot(page, "signin.png");

            await page.GetByLabel("密码").FillAsync(Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
            await page.WaitForURLAsync(url => !url.Contains("/signin"));
            Assert.Contains("ana", await page.Locator("header .account").InnerTextAsync());
            await page.GotoAsync(search);
            var sources = await page.Locator(".hit-source").AllInnerTextsAsync();
            Assert.NotEmpty(sources);
            Assert.Contains(sources, s => s.Contains(access.DraftOfA));
            Assert.DoesNotContain(sources, s => s.Contains(access.DraftOfB));
            var cookie = (await context.CookiesAsync()).Single(c => c.Name == AccessServices.SessionCookie);
            Assert.True(cookie.HttpOnly);
            Assert.Equal(SameSiteAttribute.Lax, cookie.SameSite);
            if (script) await Screenshot(page, "search-signed-in.png");

            await page.GetByRole(AriaRole.Link, new() { Name = "退出" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "退出" }).ClickAsync();
            await page.GotoAsync(search);
            Assert.Equal(0, await page.Locator("li.hit").CountAsync());
        }
    }

    private static Task Screenshot(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(Screens, name), FullPage = true });
}

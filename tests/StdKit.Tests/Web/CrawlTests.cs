using System.Net;

namespace StdKit.Tests.Web;

/// <summary>Follows every link of every page of the sample knowledge base: none is broken, none points at a missing
/// anchor.</summary>
[Collection(SampleWorkbenchCollection.Name)]
public sealed class CrawlTests(SampleWorkbench sample)
{
    [Fact]
    public async Task No_link_of_any_page_is_broken()
    {
        var client = sample.Workbench.Client;
        var pages = new Dictionary<string, string>();
        var queue = new Queue<string>(["/", "/standards", "/systems", "/terms", "/refs"]);
        var seen = new HashSet<string>(queue);
        var broken = new List<string>();
        var fragments = new List<(string From, string Path, string Id)>();
        // A search page links to the same search with every filter and count: its links are checked, not followed
        // further, or the crawl would walk every combination of filters.
        var leaves = new HashSet<string>();
        var printed = new List<string>();
        while (queue.Count > 0)
        {
            var url = queue.Dequeue();
            var response = await client.GetAsync(url);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                broken.Add($"{url}: {(int)response.StatusCode}");
                continue;
            }
            if (response.Content.Headers.ContentType?.MediaType != "text/html" || leaves.Contains(url)) continue;
            var html = await response.Content.ReadAsStringAsync();
            pages[url] = html;
            foreach (var link in Html.Links(html))
            {
                var hash = link.IndexOf('#');
                var path = hash < 0 ? link : link[..hash];
                if (hash >= 0) fragments.Add((url, path.Length == 0 ? url : path,
                    Uri.UnescapeDataString(link[(hash + 1)..])));
                if (path.Length == 0 || !path.StartsWith('/')) continue;
                if (!seen.Add(path)) continue;
                // A PDF takes LibreOffice seconds: the route test prints one; here each must name a standard shown.
                if (path.StartsWith(PdfPrefix, StringComparison.Ordinal))
                {
                    printed.Add(path);
                    continue;
                }
                queue.Enqueue(path);
                if (IsSearch(url) && IsSearch(path)) leaves.Add(path);
            }
        }
        broken.AddRange(printed.Where(p => !pages.ContainsKey("/standards/" + p[PdfPrefix.Length..]))
            .Select(p => $"{p}: no reading view of that standard"));
        Assert.True(broken.Count == 0, "broken links:\n" + string.Join("\n", broken));
        var missing = fragments.Where(f => pages.TryGetValue(f.Path, out var target) && !Html.Ids(target)
            .Contains(f.Id))
            .Select(f => $"{f.From} → {f.Path}#{f.Id}").Distinct().ToList();
        Assert.True(missing.Count == 0, "links to missing anchors:\n" + string.Join("\n", missing.Take(50)));
        Assert.True(pages.Keys.Count(p => p.StartsWith("/standards/", StringComparison.Ordinal)) > 10,
            "the crawl reached the standards");
    }

    private const string PdfPrefix = "/download/pdf/";

    private static bool IsSearch(string path) => path == "/" || path.StartsWith("/?", StringComparison.Ordinal)
        || path.StartsWith("/search", StringComparison.Ordinal);
}

using System.Net;
using System.Text.RegularExpressions;
using StdKit.Content.Project;
using StdKit.Generator.Outline;
using StdKit.Search.Knowledge;
using StdKit.Web.Library;
using StdKit.Web.Rendering;

namespace StdKit.Tests.Web;

/// <summary>The reading view numbers a standard as <c>stdkit outline</c> does: the same clauses, terms, tables, figures
/// and annexes in the same order.</summary>
[Collection(SampleWorkbenchCollection.Name)]
public sealed partial class OutlineTests(SampleWorkbench sample)
{
    [Fact]
    public async Task Every_sample_standard_has_the_numbered_outline_of_stdkit_outline()
    {
        IReadOnlyList<ListedStandard> standards;
        using (var kb = sample.Workbench.Database.Open()) standards = kb.Standards();
        var documents = new StandardDocuments(ContentProject.Load(sample.Workbench.Content));
        Assert.NotEmpty(standards);
        foreach (var listed in standards)
        {
            var outline = Numbers(OutlineWriter.Write(documents.Read(listed).Standard));
            var html = await sample.Workbench.Client.GetStringAsync(Links.Standard(listed.Number));
            var page = HtmlNumbers().Matches(html[html.IndexOf("<article", StringComparison.Ordinal)..])
                .Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
            Assert.True(outline.SequenceEqual(page),
                $"{listed.Number}:\noutline: {string.Join(" ", outline)}\npage:    {string.Join(" ", page)}");
        }
    }

    /// <summary>The numbers that open the outline's lines: 4.3.1, 3.2, 表1, 图A.1, 附录A.</summary>
    private static List<string> Numbers(string outline) => outline.Split('\n').Skip(1)
        .Select(line => OutlineNumber().Match(line.TrimStart()))
        .Where(m => m.Success).Select(m => m.Groups[1].Success ? m.Groups[1].Value : "附录" + m.Groups[2].Value).ToList();

    [GeneratedRegex(@"^(?:((?:\d+|[A-Z])(?:\.\d+)+|\d+|[表图][A-Z]?\.?\d+)　|附录([A-Z])（)")]
    private static partial Regex OutlineNumber();

    /// <summary>The ids of the numbered elements of the reading view, in document order.</summary>
    [GeneratedRegex("""
        <(?:section class="(?:clause level-\d|annex)"|div class="term"|figure class="(?:table|figure)") id="([^"]+)">
        """)]
    private static partial Regex HtmlNumbers();
}

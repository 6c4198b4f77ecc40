using System.IO.Compression;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using StdKit.Tests.Support;
using StdKit.Web.Rendering;
using StdKit.Web.Routes;
using static StdKit.Tests.Web.Access.AccessWorkbench;

namespace StdKit.Tests.Web.Access;

/// <summary>
/// What each user may see, on every route: a member of agency A asking for agency B's draft — by address, by
/// search, by facet count, by download and by JSON — finds nothing, and a hidden thing answers exactly as a missing
/// one does.
/// </summary>
[Collection(AccessWorkbenchCollection.Name)]
public sealed class VisibilityTests(AccessWorkbench access)
{
    private const string Missing = "Q/KMRD 99999—2025";

    public static TheoryData<string> StandardAddresses => new()
    {
        "/standards/{0}", "/standards/{0}?view=requirements", "/download/standard/{0}", "/download/pdf/{0}",
        "/figure/1/{0}",
    };

    [Theory]
    [MemberData(nameof(StandardAddresses))]
    public async Task Another_agencys_draft_answers_exactly_like_a_standard_that_does_not_exist(string address)
    {
        using var ana = await access.As("ana");
        var hidden = await ana.Read(string.Format(address, InAddress(access.DraftOfB)));
        var missing = await ana.Read(string.Format(address, InAddress(Missing)));
        Assert.Equal(HttpStatusCode.NotFound, hidden.Status);
        Assert.Equal(missing.Status, hidden.Status);
        Assert.Equal(missing.Body.Replace(Missing, "NUMBER"), hidden.Body.Replace(access.DraftOfB, "NUMBER"));
    }

    [Theory]
    [MemberData(nameof(StandardAddresses))]
    public async Task The_public_sees_no_draft_below_consultation_and_members_see_their_own(string address)
    {
        using var visitor = await access.As(null);
        using var ana = await access.As("ana");
        foreach (var draft in new[] { access.DraftOfA, access.TreeDraft })
        {
            var url = string.Format(address, InAddress(draft));
            Assert.Equal(HttpStatusCode.NotFound, (await visitor.Read(url)).Status);
            // The figure and the PDF need a picture and LibreOffice; the reading view and the .docx need nothing.
            if (!address.Contains("figure") && !address.Contains("pdf"))
                Assert.Equal(HttpStatusCode.OK, (await ana.Read(url)).Status);
        }
    }

    [Fact]
    public async Task The_list_of_standards_shows_each_user_what_they_may_open()
    {
        using var visitor = await access.As(null);
        using var ana = await access.As("ana");
        using var ben = await access.As("ben");
        var (_, forPublic) = await visitor.Read(Links.Standards);
        var (_, forAna) = await ana.Read(Links.Standards);
        var (_, forBen) = await ben.Read(Links.Standards);
        Assert.DoesNotContain(access.DraftOfA, forPublic);
        Assert.DoesNotContain(access.TreeDraft, forPublic);
        Assert.Contains("T/GDCMA", forPublic);
        Assert.Contains(access.DraftOfA, forAna);
        Assert.Contains(access.TreeDraft, forAna);
        Assert.DoesNotContain(access.DraftOfB, forAna);
        Assert.Contains(access.DraftOfB, forBen);
        Assert.DoesNotContain(access.DraftOfA, forBen);
    }

    [Fact]
    public async Task Search_totals_and_every_facet_count_leave_out_what_the_user_may_not_open()
    {
        using var visitor = await access.As(null);
        using var ana = await access.As("ana");
        using var ben = await access.As("ben");
        var query = $"{SearchRoutes.Api}?q={Uri.EscapeDataString(DraftTerm)}";
        var (publicB, anaB, benB) = (await Json(visitor, query + "&agency=" + AgencyB),
            await Json(ana, query + "&agency=" + AgencyB), await Json(ben, query + "&agency=" + AgencyB));
        Assert.True(benB.Total > publicB.Total, "the draft adds hits for its own agency");
        Assert.Equal(publicB.Total, anaB.Total);
        Assert.DoesNotContain(anaB.Hits, h => h == access.DraftOfB);

        var (everyPublic, everyAna) = (await Json(visitor, query), await Json(ana, query));
        Assert.Equal(everyPublic.Facets.GetValueOrDefault(AgencyB), everyAna.Facets.GetValueOrDefault(AgencyB));
        Assert.False(everyAna.Facets.ContainsKey(AgencyB), "only B's draft has the term");
        Assert.True(everyAna.Facets[AgencyA] > everyPublic.Facets.GetValueOrDefault(AgencyA));
        Assert.DoesNotContain(access.DraftOfB, everyAna.Standards);
        Assert.Contains(access.DraftOfA, everyAna.Standards);
        Assert.DoesNotContain(access.DraftOfA, everyPublic.Standards);
    }

    [Fact]
    public async Task The_search_page_counts_like_the_json_and_names_no_hidden_standard()
    {
        using var ana = await access.As("ana");
        var page = $"/?q={Uri.EscapeDataString(DraftTerm)}&agency={AgencyB}";
        var (status, body) = await ana.Read(page);
        Assert.Equal(HttpStatusCode.OK, status);
        var json = await Json(ana, $"{SearchRoutes.Api}?q={Uri.EscapeDataString(DraftTerm)}&agency={AgencyB}");
        Assert.Contains(json.Total == 0 ? "没有找到" : $"共 {json.Total} 条匹配", body);
        Assert.DoesNotContain(access.DraftOfB, body);
    }

    [Fact]
    public async Task Filtering_on_a_hidden_standard_is_refused_as_for_one_that_does_not_exist()
    {
        using var ana = await access.As("ana");
        var hidden = await ana.Read($"/?q={Uri.EscapeDataString(DraftTerm)}&standard={InAddress(access.DraftOfB)}");
        var missing = await ana.Read($"/?q={Uri.EscapeDataString(DraftTerm)}&standard={InAddress(Missing)}");
        Assert.Equal(HttpStatusCode.BadRequest, hidden.Status);
        Assert.Equal(missing.Status, hidden.Status);
        // The same answer but for the number typed and the nearest number suggested, which is never a hidden one.
        Assert.Equal(Masked(missing.Body), Masked(hidden.Body));
        Assert.DoesNotContain($"did you mean {access.DraftOfB}", hidden.Body);
    }

    [Fact]
    public async Task A_page_kept_for_the_public_is_not_sent_to_a_member()
    {
        using var visitor = await access.As(null);
        using var ana = await access.As("ana");
        var page = $"/?q={Uri.EscapeDataString(DraftTerm)}&agency={AgencyA}";
        var (_, forPublic) = await visitor.Read(page);
        var (_, again) = await visitor.Read(page);
        var (_, forAna) = await ana.Read(page);
        Assert.Equal(forPublic, again);
        Assert.DoesNotContain(access.DraftOfA, forPublic);
        Assert.Contains(access.DraftOfA, forAna);
    }

    [Fact]
    public async Task Evaluation_facts_and_reports_are_for_the_agencys_members_only()
    {
        using var visitor = await access.As(null);
        using var ana = await access.As("ana");
        foreach (var address in new[] { "/systems/{0}/evaluation", "/systems/{0}/evaluation/report.docx" })
        {
            Assert.Equal(HttpStatusCode.OK, (await ana.Read(string.Format(address, AgencyA))).Status);
            var hidden = await ana.Read(string.Format(address, AgencyB));
            Assert.Equal(HttpStatusCode.NotFound, hidden.Status);
            Assert.Contains("还没有自评数据", hidden.Body);
            Assert.Equal(HttpStatusCode.NotFound, (await visitor.Read(string.Format(address, AgencyA))).Status);
        }
        var (_, system) = await ana.Read($"/systems/{AgencyB}");
        Assert.DoesNotContain(Links.Evaluation(AgencyB), system);
    }

    [Fact]
    public async Task A_systems_zip_holds_the_draft_for_its_members_only()
    {
        using var ana = await access.As("ana");
        using var ben = await access.As("ben");
        async Task<List<string>> Entries(Visitor visitor)
        {
            using var response = await visitor.Get($"/systems/{AgencyA}/system.zip");
            using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
            return zip.Entries.Select(e => e.FullName).ToList();
        }
        var (forAna, forBen) = (await Entries(ana), await Entries(ben));
        var extra = Assert.Single(forAna.Except(forBen));
        Assert.Contains(DraftTitle, extra);
    }

    [Fact]
    public async Task A_systems_page_and_its_standard_list_name_the_draft_for_its_members_only()
    {
        using var ana = await access.As("ana");
        using var ben = await access.As("ben");
        using var visitor = await access.As(null);
        async Task<string> ListText(Visitor visitor)
        {
            using var response = await visitor.Get($"/systems/{AgencyA}/download/{Uri.EscapeDataString("标准明细表.docx")}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(
                new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
            return word.MainDocumentPart!.Document!.Body!.InnerText;
        }
        foreach (var other in new[] { ben, visitor })
        {
            var (_, page) = await other.Read(Links.System(AgencyA));
            Assert.DoesNotContain(access.DraftOfA, page);
            Assert.DoesNotContain(DraftTitle, page);
            var list = await ListText(other);
            Assert.DoesNotContain(DraftTitle, list);
            Assert.Contains("服务", list);
        }
        var (_, own) = await ana.Read(Links.System(AgencyA));
        Assert.Contains(access.DraftOfA, own);
        Assert.Contains(DraftTitle, await ListText(ana));
    }

    [Fact]
    public async Task Terms_and_references_show_no_definition_or_citation_from_a_hidden_draft()
    {
        using var visitor = await access.As(null);
        using var ana = await access.As("ana");
        var terms = $"{Links.Terms}?q={Uri.EscapeDataString(DraftTerm)}";
        var (_, forPublic) = await visitor.Read(terms);
        var (_, forAna) = await ana.Read(terms);
        Assert.DoesNotContain(access.DraftOfA, forPublic);
        Assert.DoesNotContain(access.DraftOfB, forPublic);
        Assert.Contains(access.DraftOfA, forAna);
        Assert.DoesNotContain(access.DraftOfB, forAna);

        var refs = $"{Links.References}?doc={InAddress(access.DraftOfB)}";
        var (_, hidden) = await ana.Read(refs);
        var (_, missing) = await ana.Read($"{Links.References}?doc={InAddress(Missing)}");
        Assert.DoesNotContain($"href=\"{Links.Standard(access.DraftOfB)}\"", hidden);
        Assert.DoesNotContain("它引用的文件", hidden);
        Assert.DoesNotContain("它引用的文件", missing);
    }

    private static string Masked(string page) => Regex.Replace(page, @"Q/KMRD \d+—\d+", "NUMBER");

    private sealed record Found(int Total, IReadOnlyList<string> Hits, IReadOnlyDictionary<string, int> Facets,
        IReadOnlyList<string> Standards);

    private static async Task<Found> Json(Visitor visitor, string url)
    {
        var (status, body) = await visitor.Read(url);
        Assert.Equal(HttpStatusCode.OK, status);
        var root = JsonDocument.Parse(body).RootElement;
        return new Found(root.GetProperty("total").GetInt32(),
            root.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("standard").GetString()!).ToList(),
            root.GetProperty("facets").GetProperty("agencies").EnumerateArray()
                .ToDictionary(f => f.GetProperty("value").GetString()!, f => f.GetProperty("count").GetInt32()),
            root.GetProperty("facets").GetProperty("standards").EnumerateArray()
                .Select(f => f.GetProperty("value").GetString()!).ToList());
    }
}

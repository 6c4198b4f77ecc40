using StdKit.Model.Diagnostics;
using StdKit.Search.Knowledge;
using StdKit.Search.References;

namespace StdKit.Tests.Search;

/// <summary>References found the same in both stores.</summary>
public abstract class ReferencesTests : SearchContent
{
    protected ReferencesTests(StoreKind store) : base(store)
    {
        WriteStandard("a.md", "T/TEST 001—2025", "服务规范", """
            # 规范性引用文件

            下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。

            - [[@GB/T 19001—2016]]

            # 要求

            ## 记录 {#records}

            服务记录应符合[[@GB/T 19001—2016]]中7.5的规定。

            ## 评审

            评审应符合[[@GB/T 19001]]中9.3的规定，评审记录按[[records]]保存。
            """);
        WriteStandard("b.md", "T/TEST 002—2025", "档案规范", """
            # 要求

            档案的保存应符合T/TEST 001—2025中2.1的规定，记录控制见GB/T 19001—2008中4.2.4。
            """);
        Index();
    }

    private ReferenceReport Find(string typed)
    {
        using var kb = Location.Open();
        return ReferenceLookup.Find(kb, typed);
    }

    private static IEnumerable<string> Incoming(ReferenceReport report) => report.Incoming.Select(r => $"{r.Standard} {r.Clause} → {r.Target}");

    [SkippableFact]
    public void A_dated_number_finds_citations_of_that_edition_and_undated_ones()
    {
        var report = Find("GB/T 19001-2016");
        Assert.Equal(("GB/T 19001—2016", "质量管理体系　要求", false), (report.Document, report.Title, report.InKnowledgeBase));
        Assert.Equal(["T/TEST 001—2025 1 → ", "T/TEST 001—2025 2.1 → 7.5", "T/TEST 001—2025 2.2 → 9.3"], Incoming(report));
        Assert.Empty(report.Outgoing);
    }

    [SkippableFact]
    public void An_undated_number_finds_every_edition()
    {
        Assert.Contains("T/TEST 002—2025 1 → 4.2.4", Incoming(Find("gb/t 19001")));
    }

    [SkippableFact]
    public void Number_and_clause_find_the_citations_of_that_clause()
    {
        Assert.Equal(["T/TEST 001—2025 2.1 → 7.5"], Incoming(Find("GB/T 19001—2016:7.5")));
        Assert.Equal(["T/TEST 001—2025 2.1 → 7.5"], Incoming(Find("GB/T 19001—2016：7")));
    }

    [SkippableFact]
    public void A_standard_of_the_knowledge_base_shows_where_it_is_cited_and_what_it_cites_by_clause()
    {
        var report = Find("T/TEST 001—2025:2.1");
        Assert.True(report.InKnowledgeBase);
        Assert.Equal(["T/TEST 001—2025 2.2 → 2.1", "T/TEST 002—2025 1 → 2.1"], Incoming(report));
        var outgoing = Assert.Single(report.Outgoing);
        Assert.Equal(("2.1", "GB/T 19001—2016", "7.5"), (outgoing.Clause, outgoing.Document, outgoing.Target));
        Assert.Equal(4, Find("T/TEST 001—2025").Outgoing.Count);
    }

    [SkippableFact]
    public void A_number_typed_without_a_space_after_its_code_keeps_its_sequence()
    {
        WriteStandard("c.md", "T/TEST 003—2025", "诚信规范", "# 要求\n\n诚信管理体系应符合GB/T31950—2022的要求。\n");
        Index();
        Assert.Equal(["GB/T 31950—2022"], Find("T/TEST 003—2025").Outgoing.Select(r => r.Document));
        // A code with digits keeps them where a space ends it.
        Assert.True(StdKit.Model.Documents.DocumentNumber.TryParse("Q/JK12 01—2019", out var enterprise));
        Assert.Equal(("Q/JK12", "01"), (enterprise.Code, enterprise.Sequence));
    }

    [SkippableTheory]
    [InlineData("", "no document given")]
    [InlineData(":7.5", "':7.5' names no document")]
    [InlineData("GB/T 19001—2016:", "'GB/T 19001—2016:' names no clause")]
    public void A_missing_document_or_clause_is_refused_with_a_message(string typed, string problem)
    {
        Assert.Equal(problem, Assert.Throws<UserError>(() => Find(typed)).Diagnostics[0].Message);
    }

    public sealed class Sqlite() : ReferencesTests(StoreKind.Sqlite);

    public sealed class Postgres() : ReferencesTests(StoreKind.Postgres);
}

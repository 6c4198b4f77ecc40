using StdKit.Search.Knowledge;
using StdKit.Search.Terms;

namespace StdKit.Tests.Search;

/// <summary>Terms found the same in both stores, traditional characters folded alike.</summary>
public abstract class TermsTests : SearchContent
{
    private static string Terms(string entries) => $"# 术语和定义\n\n下列术语和定义适用于本文件。\n\n{entries}";

    protected TermsTests(StoreKind store) : base(store)
    {
        WriteStandard("a.md", "T/TEST 001—2025", "服务规范", Terms("## 服务机构 | service agency\n\n提供服务的组织。\n\n## 走访记录\n\n记载走访过程的文件化信息。\n"));
        WriteStandard("b.md", "T/TEST 002—2025", "评价规范", Terms("## 服务机构 | Facilitating agency\n\n能给企业提供技术、信息等服务的中小企业的统称。\n\n## 走访记录\n\n记载走访过程的文件化信息\n"));
        Index();
    }

    private IReadOnlyList<TermGroup> Find(string word)
    {
        using var kb = Location.Open();
        return TermLookup.Find(kb, word);
    }

    [SkippableTheory]
    [InlineData("服务机构")]
    [InlineData("服務機構")]
    public void Traditional_and_simplified_terms_are_one_term(string typed)
    {
        WriteStandard("c.md", "T/TEST 003—2025", "繁體規範", Terms("## 服務機構\n\n提供服务的组织。\n"));
        Index();
        var group = Assert.Single(Find(typed));
        Assert.Equal(["T/TEST 001—2025", "T/TEST 002—2025", "T/TEST 003—2025"], group.Definitions.Select(d => d.Standard));
        Assert.Equal(1, group.Definitions[2].Variant);
    }

    [SkippableFact]
    public void Two_standards_defining_a_term_differently_are_marked()
    {
        var group = Assert.Single(Find("服务机构"));
        Assert.True(group.DefinedDifferently);
        Assert.Equal([("T/TEST 001—2025", "1.1", 1), ("T/TEST 002—2025", "1.1", 2)],
            group.Definitions.Select(d => (d.Standard, d.Number, d.Variant)));
    }

    [SkippableFact]
    public void Definitions_that_differ_only_in_punctuation_are_the_same()
    {
        var group = Assert.Single(Find("走访记录"));
        Assert.False(group.DefinedDifferently);
        Assert.Equal(2, group.Definitions.Count);
    }

    [SkippableFact]
    public void A_word_of_the_term_or_of_its_English_term_finds_it()
    {
        Assert.Equal(["服务机构"], Find("机构").Select(g => g.Term));
        Assert.Equal(["服务机构"], Find("AGENCY").Select(g => g.Term));
        Assert.Equal(["走访记录"], Find("记录").Select(g => g.Term));
        Assert.Empty(Find("标准"));
    }

    public sealed class Sqlite() : TermsTests(StoreKind.Sqlite);

    public sealed class Postgres() : TermsTests(StoreKind.Postgres);
}

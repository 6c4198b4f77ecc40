using StdKit.Checker;
using StdKit.Checker.Core;
using StdKit.Content;
using StdKit.Content.Project;
using StdKit.Tests.Support;

namespace StdKit.Tests.Checker;

/// <summary>The checker on the real content: a clean model standard,
/// and the seed drafts with their known errors.</summary>
public sealed class SampleContentTests
{
    private static readonly ContentProject Project = ContentProject.Load(Repository.Content);

    private static IReadOnlyList<Finding> Lint(params string[] relative) =>
        Linter.Default.Check(
            relative.Select(r => StandardReader.Read(Path.Combine(Repository.Content, r), Project)).ToList(),
            Project.DisabledRules);

    [Theory]
    [InlineData("yunnan-sme-centre")]
    [InlineData("kunming-guarantee")]
    [InlineData("qujing-training")]
    public void The_model_standards_yield_no_findings_for_any_sample_agency(string agency)
    {
        var profile = Project.Agency(agency);
        var standards = Project.Library!.Entries.Select(e => StandardReader.Read(e.Path, Project, profile)).ToList();
        Assert.True(standards.Count >= 30, $"{standards.Count} model standards");
        var findings = Linter.Default.Check(standards, Project.DisabledRules);
        Assert.True(findings.Count == 0, string.Join("\n", findings.Take(10)));
    }

    [Fact]
    public void Every_rule_has_a_failing_example_in_the_tests()
    {
        var tested = RuleTests.Cases.Select(c => (string)c[0]).Concat(["GBT-R07", "GBT-T04"]).ToHashSet();
        Assert.All(Linter.Default.Rules, r => Assert.Contains(r.Id, tested));
    }

    [Theory]
    [InlineData("drafts/t-gdcma-integrity-service.md", "GBT-P05", "4.3.5")]   // 4.3.4 and 4.3.5 are the same clause
    [InlineData("drafts/t-gdcma-integrity-service.md", "GBT-N01", "6.10.2 j)")] // the list skips j
    [InlineData("drafts/t-gdcma-integrity-service.md", "GBT-N02", "6.2.2")]   // the clause repeats its own number
    [InlineData("drafts/t-gdcma-integrity-service.md", "GBT-S02", "6.2")]     // hanging paragraph
    [InlineData("drafts/t-gdcma-integrity-service.md", "GBT-S05", "7.5.1")]   // a level with a single 条
    [InlineData("drafts/t-gdcma-integrity-service.md", "GBT-W05", "正文首页")]  // cover and body titles differ
    [InlineData("drafts/t-gdcma-integrity-service.md", "GBT-T01", "3.1")]     // 专精特新中小企业是指…
    [InlineData("drafts/t-gdcma-integrity-service.md", "GBT-P01", "3.1")]     // 必须 in a definition
    [InlineData("drafts/t-gdcma-integrity-service.md", "GBT-R02", "2")]       // listed, never cited
    [InlineData("drafts/db53-standard-system-guide.md", "GBT-R06", "6.2.3")]  // 见图 3 should be 图2
    [InlineData("drafts/db53-standard-system-guide.md", "GBT-R06", "6.3.3")]  // 见图 4 should be 图3
    [InlineData("drafts/db53-standard-system-guide.md", "GBT-R06", "6.5.5")]  // 见图 6: there is no 图6
    [InlineData("drafts/db53-standard-system-guide.md", "GBT-R01", "4.3")]    // GB/T 14421.1 cited, not listed
    [InlineData("drafts/db53-standard-system-guide.md", "GBT-R04", "2")]      // a policy document in chapter 2
    [InlineData("drafts/db53-standard-system-guide.md", "GBT-W04", "封面")]    // "DB 53/T"
    [InlineData("drafts/db53-standard-system-guide.md", "GBT-W07", "封面")]    // 点击此处添加标准名称的英文译名
    [InlineData("drafts/sme-agency-capability-part1.md", "GBT-W04", "2")]     // GB/T 4754-2017
    [InlineData("drafts/sme-agency-capability-part1.md", "GBT-R05", "2")]     // DB34/T after DB53/T
    [InlineData("drafts/public-service-agency-requirements.md", "GBT-P01", "5.2")] // 不得
    [InlineData("drafts/public-service-agency-requirements.md", "GBT-R08", "表1")] // the star table is never introduced
    public void The_seed_drafts_errors_are_found(string file, string rule, string clause) =>
        Assert.Contains(Lint(file), f => f.Rule == rule && f.Clause == clause);

    [Fact]
    public void The_same_term_defined_differently_across_the_seed_drafts_is_found() =>
        Assert.Contains(Lint("drafts/sme-agency-capability-part1.md", "drafts/db53-standard-system-guide.md"),
            f => f.Rule == "GBT-T04");
}

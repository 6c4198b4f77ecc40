using StdKit.Checker;
using StdKit.Checker.Core;
using StdKit.Tests.Support;

namespace StdKit.Tests.Checker;

/// <summary>Each rule with a minimal failing example and its clean counterpart.</summary>
public sealed class RuleTests : ContentTest
{
    /// <summary>Chapters 1–3 done right, so that examples need only add what they test.</summary>
    private const string Head = """
        # 范围

        本文件规定了服务要求。

        # 规范性引用文件

        本文件没有规范性引用文件。

        # 术语和定义

        本文件没有需要界定的术语和定义。


        """;

    private const string RefsLeadIn = "下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。" +
        "其中，注日期的引用文件，仅该日期对应的版本适用于本文件；不注日期的引用文件，其最新版本（包括所有的修改单）适用于本文件。";

    private static string WithReferences(string entries, string body) =>
        $"# 范围\n\n本文件规定了服务要求。\n\n# 规范性引用文件\n\n{RefsLeadIn}\n\n{entries}\n\n# 术语和定义\n\n本文件没有需要界定的术语和定义。\n\n{body}";

    private static string Front(int i, string extra = "", string type = "group", string number = "") =>
        $"---\ntype: {type}\nnumber: {(number.Length > 0 ? number : $"T/TEST 00{i}—2025")}\n" +
        $"title: 测试标准{i}\n{extra}---\n";

    public static TheoryData<string, string, string> Cases => new()
    {
        { "GBT-S01", "# 要求\n\n服务要求。\n", Head },
        { "GBT-S02", Head + "# 要求\n\n悬置的一段。\n\n## 甲\n\n## 乙\n", Head + "# 要求\n\n## 甲\n\n## 乙\n" },
        { "GBT-S03", Head + "# 要求\n\n## 甲\n\n##\n无标题的条。\n", Head + "# 要求\n\n## 甲\n\n## 乙\n" },
        { "GBT-S04", Head + "# 要求\n\n##\n无标题的条。\n\n### 子一\n\n### 子二\n\n##\n另一条。\n",
            Head + "# 要求\n\n## 总则\n\n### 子一\n\n### 子二\n\n## 细则\n" },
        { "GBT-S05", Head + "# 要求\n\n## 唯一的条\n", Head + "# 要求\n\n## 甲\n\n## 乙\n" },
        { "GBT-S06", Head + "# 要求\n\n####### 第六层\n", Head + "# 要求\n\n## 甲\n\n## 乙\n" },
        { "GBT-S07", "# 前言\n\n本文件应与第2部分一起使用。\n\n" + Head, "# 前言\n\n本文件是T/TEST 001的第1部分。\n\n" + Head },
        { "GBT-S08", Head + "# 参考文献\n\n- 某文件\n\n# 附录 记录表\n\n内容。\n", Head + "# 附录（资料性）记录表\n\n内容。\n\n# 参考文献\n\n- 某文件\n" },
        { "GBT-W01", "# 范围\n\n本文件规定了服务要求。\n\n# 规范性引用文件\n\n" +
                "下列文件对于本文件的应用是必不可少的。\n\n- [[@GB/T 19001—2016]]\n",
            WithReferences("- [[@GB/T 19001—2016]]", "") },
        { "GBT-W02", "# 范围\n\n本文件规定了服务要求。\n\n# 规范性引用文件\n\n本文件没有规范性引用文件。\n\n# 术语和定义\n\n本文件采用下列术语。\n", Head },
        { "GBT-W03", Front(0, "stage: 征求意见稿\npatent-notice: false\n") + Head, Front(0, "stage: 征求意见稿\n") + Head },
        { "GBT-W04", Head + "# 要求\n\n服务记录宜参考GB/T 19001-2016的做法。\n", Head + "# 要求\n\n服务记录宜参考GB/T 19001—2016的做法。\n" },
        { "GBT-W05", Front(0, "body-title: 另一个名称\n") + Head, Front(0, "body-title: 测试标准0\n") + Head },
        { "GBT-W06", Head + "# 要求\n\n服务机构应公开服务流程,并接受监督。\n", Head + "# 要求\n\n服务机构应公开服务流程，并接受监督。\n" },
        { "GBT-S09", Front(0) + Head, Front(0, "ics: \"03.080\"\nccs: A 12\nissuer: 测试协会\n") + Head },
        { "GBT-W07", Front(0, "title-en: 点击此处添加标准名称的英文译名\n") + Head, Front(0, "title-en: Test standard\n") + Head },
        { "GBT-P01", Head + "# 要求\n\n服务人员必须持证上岗。\n", Head + "# 要求\n\n服务人员应持证上岗。\n" },
        { "GBT-P02", Head + "# 要求\n\n服务机构应尽可能缩短响应时间。\n", Head + "# 要求\n\n服务机构宜尽可能缩短响应时间。\n" },
        { "GBT-P03", "# 范围\n\n本文件应适用于服务机构。\n", "# 范围\n\n本文件适用于服务机构。\n" },
        { "GBT-P04", Head + "# 要求\n\n记录包括：\n\n- 日期。\n- 内容。\n", Head + "# 要求\n\n记录包括：\n\n- 日期；\n- 内容。\n" },
        { "GBT-P05", Head + "# 要求\n\n## 甲\n\n服务机构应公开服务承诺。\n\n## 乙\n\n服务机构应公开服务承诺。\n",
            Head + "# 要求\n\n## 甲\n\n服务机构应公开服务承诺。\n\n## 乙\n\n服务机构应履行服务承诺。\n" },
        { "GBT-P06", Head + "# 要求\n\n服务协议应写明索赔办法。\n", Head + "# 要求\n\n服务协议应写明服务内容。\n" },
        { "GBT-R01", Head + "# 要求\n\n服务质量应符合GB/T 19001—2016的规定。\n",
            WithReferences("- [[@GB/T 19001—2016]]", "# 要求\n\n服务质量应符合GB/T 19001—2016的规定。\n") },
        { "GBT-R02", WithReferences("- [[@GB/T 19001—2016]]", "# 要求\n\n服务质量应满足顾客要求。\n"),
            WithReferences("- [[@GB/T 19001—2016]]", "# 要求\n\n服务质量应符合[[@GB/T 19001—2016]]的规定。\n") },
        { "GBT-R03", WithReferences("- [[@GB/T 19001]]", "# 要求\n\n记录应符合GB/T 19001的7.5的规定。\n"),
            WithReferences("- [[@GB/T 19001—2016]]", "# 要求\n\n记录应符合GB/T 19001—2016的7.5的规定。\n") },
        { "GBT-R04", WithReferences("- 《中小企业划型标准规定》", ""), Head },
        { "GBT-R05", WithReferences("- [[@GB/T 22117—2018]]\n- [[@GB/T 19001—2016]]",
                "# 要求\n\n应符合[[@GB/T 19001—2016]]和[[@GB/T 22117—2018]]的规定。\n"),
            WithReferences("- [[@GB/T 19001—2016]]\n- [[@GB/T 22117—2018]]",
                "# 要求\n\n应符合[[@GB/T 19001—2016]]和[[@GB/T 22117—2018]]的规定。\n") },
        { "GBT-R06", Head + "# 要求\n\n服务流程图见图2。\n\n![服务流程图](flow.png)\n",
            Head + "# 要求\n\n服务流程图见图1。\n\n![服务流程图](flow.png)\n" },
        { "GBT-R08", Head + "# 要求\n\n表：人员\n\n| 岗位 |\n|---|\n| 顾问 |\n",
            Head + "# 要求\n\n人员配置见表1。\n\n表：人员\n\n| 岗位 |\n|---|\n| 顾问 |\n" },
        { "GBT-R08", Head + "# 要求\n\n$$ S = a / b $$ {#eq-s}\n",
            Head + "# 要求\n\n得分按[[eq-s]]计算。\n\n$$ S = a / b $$ {#eq-s}\n" },
        { "GBT-P03", Head + "# 要求\n\n服务要求^[服务人员应持证上岗。]。\n",
            Head + "# 要求\n\n服务要求^[服务人员包括兼职人员。]。\n\n| 岗位 |\n|---|\n| 顾问^[应持证上岗。] |\n" },
        { "GBT-T01", "# 范围\n\n本文件规定了服务要求。\n\n# 规范性引用文件\n\n本文件没有规范性引用文件。\n\n" +
                "# 术语和定义\n\n下列术语和定义适用于本文件。\n\n## 服务 | service\n\n服务是指为顾客提供的活动。\n\n" +
                "# 要求\n\n服务应及时。\n",
            "# 范围\n\n本文件规定了服务要求。\n\n# 规范性引用文件\n\n本文件没有规范性引用文件。\n\n" +
                "# 术语和定义\n\n下列术语和定义适用于本文件。\n\n## 服务 | service\n\n为顾客提供的活动。\n\n" +
                "# 要求\n\n服务应及时。\n" },
        { "GBT-T02", "# 术语和定义\n\n下列术语和定义适用于本文件。\n\n## 服务 | The Service\n\n为顾客提供的活动。\n",
            "# 术语和定义\n\n下列术语和定义适用于本文件。\n\n## 服务 | service\n\n为顾客提供的活动。\n" },
        { "GBT-T03", "# 术语和定义\n\n下列术语和定义适用于本文件。\n\n## 走访 | visit\n\n到现场了解情况的活动。\n\n" +
                "# 要求\n\n服务应及时。\n",
            "# 术语和定义\n\n下列术语和定义适用于本文件。\n\n## 走访 | visit\n\n到现场了解情况的活动。\n\n" +
                "# 要求\n\n走访应及时。\n" },
        { "GBT-N01", Head + "# 要求\n\n记录包括：\n\na) 日期；\nb) 内容；\nd) 结论。\n",
            Head + "# 要求\n\n记录包括：\n\na) 日期；\nb) 内容；\nc) 结论。\n" },
        { "GBT-N02", Head + "# 要求\n\n## 甲\n\n###\n4.1.1 服务机构应公开服务承诺。\n\n###\n服务机构应履行服务承诺。\n\n## 乙\n",
            Head + "# 要求\n\n## 甲\n\n###\n服务机构应公开服务承诺。\n\n###\n服务机构应履行服务承诺。\n\n## 乙\n" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_rule_finds_its_failing_example_and_not_the_clean_one(string rule, string failing, string clean)
    {
        Assert.Contains(Linter.Default.Rules, r => r.Id == rule);
        Assert.NotEmpty(Findings(rule, failing));
        Assert.Empty(Findings(rule, clean));
    }

    [Fact]
    public void System_reference_to_a_standard_missing_from_the_system()
    {
        string Enterprise(int n, string body) =>
            Front(n, type: "enterprise", number: $"Q/TEST {100 + n}—2025") + Head + body;
        Assert.NotEmpty(SystemFindings("GBT-R07", Enterprise(1, "# 要求\n\n记录按Q/TEST 199执行。\n"), Enterprise(2, "")));
        Assert.Empty(SystemFindings("GBT-R07", Enterprise(1, "# 要求\n\n记录按Q/TEST 102执行。\n"), Enterprise(2, "")));
    }

    [Fact]
    public void One_term_defined_two_ways_in_one_system()
    {
        string Defining(int n, string definition) =>
            Front(n) + $"# 术语和定义\n\n下列术语和定义适用于本文件。\n\n## 服务 | service\n\n{definition}\n";
        Assert.NotEmpty(SystemFindings("GBT-T04", Defining(1, "为顾客提供的活动。"), Defining(2, "机构向企业交付的成果。")));
        Assert.Empty(SystemFindings("GBT-T04", Defining(1, "为顾客提供的活动。"), Defining(2, "为顾客提供的活动。")));
    }

    [Fact]
    public void A_rule_is_switched_off_per_file_and_per_project()
    {
        var failing = Head + "# 要求\n\n服务人员必须持证上岗。\n";
        Assert.Empty(Findings("GBT-P01", Front(0, "lint-disable: [GBT-P01]\n") + failing));
        Content.Write("stdkit.yaml", "default-agency: sample\nlint-disable:\n  - GBT-P01\n");
        Assert.Empty(Findings("GBT-P01", failing));
    }

    [Fact]
    public void An_unknown_rule_in_lint_disable_is_a_clear_error()
    {
        var e = Assert.Throws<StdKit.Model.Diagnostics.UserError>(
            () => Findings("GBT-P01", Front(0, "lint-disable: [GBT-P1]\n") + Head));
        Assert.Contains("unknown rule 'GBT-P1'", e.Diagnostics.Single().Message);
        Assert.Contains("did you mean", e.Diagnostics.Single().Fix);
    }

    private List<Finding> Findings(string rule, string text) =>
        SystemFindings(rule, text.StartsWith("---", StringComparison.Ordinal) ? text : Front(0) + text);

    private List<Finding> SystemFindings(string rule, params string[] files)
    {
        foreach (var old in Directory.EnumerateFiles(Content.Root, "std*.md")) File.Delete(old);
        File.Copy(Path.Combine(Repository.Content, "drafts", "figures", "db53-figure-1.png"),
            Path.Combine(Content.Root, "flow.png"), overwrite: true);
        var paths = files.Select((text, i) => Content.Write($"std{i}.md", text)).ToList();
        var project = StdKit.Content.Project.ContentProject.Load(Content.Root);
        var standards = paths.Select(p => StdKit.Content.StandardReader.Read(p, project)).ToList();
        return Linter.Default.Check(standards, project.DisabledRules).Where(f => f.Rule == rule).ToList();
    }
}

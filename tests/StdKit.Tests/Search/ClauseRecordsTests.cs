using StdKit.Model.Provisions;
using StdKit.Search.Records;
using StdKit.Tests.Support;
using NoteSample = StdKit.Tests.Content.FormulaAndNoteTests;

namespace StdKit.Tests.Search;

public sealed class ClauseRecordsTests : ContentTest
{
    [Fact]
    public void Every_unit_is_a_record_with_the_computed_number()
    {
        var standard = Content.ReadBody("""
            # 术语和定义

            下列术语和定义适用于本文件。

            ## 服务 | service

            活动。

            注：说明。

            # 要求

            ## 制度

            ###
            应建立制度，包括：

            1. 管理制度；
            2. 保密制度。

            表：人员

            | 岗位 | 人数 |
            |---|---|
            | 顾问 | 2 |
            """);
        var records = ClauseRecords.From(standard).Select(r => (r.Number, r.Kind, r.Text)).ToList();
        Assert.Equal(
        [
            ("1", ClauseKind.Paragraph, "下列术语和定义适用于本文件。"),
            ("1.1", ClauseKind.Term, "活动。"),
            ("1.1", ClauseKind.Note, "说明。"),
            ("2.1.1", ClauseKind.Paragraph, "应建立制度，包括："),
            ("2.1.1 a)", ClauseKind.ListItem, "管理制度；"),
            ("2.1.1 b)", ClauseKind.ListItem, "保密制度。"),
            ("表1", ClauseKind.TableRow, "顾问 | 2"),
        ], records);
        Assert.All(ClauseRecords.From(standard), r => Assert.Equal("T/TEST 001—2025", r.Standard));
        // Headings are found through the text under them, and a reader sees a unit with what it needs beside it.
        var all = ClauseRecords.From(standard).ToList();
        Assert.Equal(["要求", "制度"], all.Single(r => r.Number == "2.1.1 a)").Headings);
        Assert.Equal("应建立制度，包括：", all.Single(r => r.Number == "2.1.1 a)").Context);
        Assert.Equal("a) 管理制度；\nb) 保密制度。", all.Single(r => r.Number == "2.1.1").Context);
        Assert.Equal("岗位 | 人数", all.Single(r => r.Number == "表1").Context);
        Assert.Equal(["要求", "制度", "人员"], all.Single(r => r.Number == "表1").Headings);
    }

    [Fact]
    public void A_clause_with_nothing_under_its_title_is_found_by_its_title()
    {
        var standard = Content.ReadBody("""
            # 要求

            ## 制度

            ## 人员

            人员应经过培训。
            """);
        var records = ClauseRecords.From(standard).Select(r => (r.Number, r.Kind, r.Text)).ToList();
        Assert.Equal([("1.1", ClauseKind.Clause, "制度"), ("1.2", ClauseKind.Paragraph, "人员应经过培训。")], records);
    }

    [Fact]
    public void Each_record_carries_the_provision_type_of_its_modal_verbs()
    {
        var standard = Content.ReadBody("""
            # 要求

            ## 人员

            ###
            服务人员应经过培训。

            ###
            服务机构宜设立服务窗口。

            ###
            服务记录可采用电子形式。

            ###
            服务人员不能当场答复的问题，登记后转交。

            ###
            服务机构设在市区。

            注：可设分支机构。

            ###
            服务档案应包括：

            1. 服务协议；
            2. 服务记录，可采用电子形式。
            """);
        var provisions = ClauseRecords.From(standard).Where(r => r.Kind is not (ClauseKind.Chapter or ClauseKind.Clause))
            .Select(r => (r.Number, r.Provision)).ToList();
        Assert.Equal(
        [
            ("1.1.1", ProvisionType.Requirement),
            ("1.1.2", ProvisionType.Recommendation),
            ("1.1.3", ProvisionType.Permission),
            ("1.1.4", ProvisionType.Possibility),
            ("1.1.5", ProvisionType.Statement),
            ("1.1.5", ProvisionType.Statement),
            ("1.1.6", ProvisionType.Requirement),
            ("1.1.6 a)", ProvisionType.Requirement),
            ("1.1.6 b)", ProvisionType.Permission),
        ], provisions);
    }

    [Fact]
    public void References_name_the_cited_document_and_the_place_in_it()
    {
        var standard = Content.ReadBody("""
            # 规范性引用文件

            下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。

            - [[@GB/T 19001—2016]]
            - GB/T 22117—2018 信用　基本术语

            # 要求 {#req}

            ## 过程

            过程管理应符合[[@GB/T 19001—2016]]中7.5的规定，记录应符合GB/T 22117-2018表1。

            ## 记录

            记录的格式见[[req]]和[[tab-form]]，术语见[[@GB/T 22117]]。

            表：记录表 {#tab-form}

            | 项目 |
            |---|
            | 日期 |
            """);
        var references = ClauseRecords.From(standard).Where(r => r.References.Count > 0)
            .Select(r => (r.Number, string.Join("; ", r.References.Select(x => $"{x.Kind} {x.Document} {x.Target} {x.DatedKey ?? "undated"}"))))
            .ToList();
        Assert.Equal(
        [
            ("1", "Document GB/T 19001—2016  GB/T19001-2016"),
            ("1", "Document GB/T 22117—2018  GB/T22117-2018"),
            ("2.1", "Clause GB/T 19001—2016 7.5 GB/T19001-2016; Table GB/T 22117—2018 表1 GB/T22117-2018"),
            ("2.2", "Clause T/TEST 001—2025 2 T/TEST001-2025; Table T/TEST 001—2025 表1 T/TEST001-2025; Document GB/T 22117  undated"),
        ], references);
        Assert.All(ClauseRecords.From(standard).Where(r => r.Kind == ClauseKind.DocumentEntry), r => Assert.Equal("1", r.Number));
    }

    /// <summary>
    /// 图注 and 图脚注 are records under the figure's number, as 表注 and 表脚注 are under the table's: a search finds
    /// them, and a hit says where they stand.
    /// </summary>
    [Fact]
    public void Notes_and_footnotes_of_figures_are_records_under_the_figure_as_those_of_tables_are()
    {
        var standard = Content.Read(Content.Write("std.md",
            NoteSample.FrontMatter + NoteSample.Body));
        var notes = ClauseRecords.From(standard).Where(r => r.Kind == ClauseKind.Note && r.Number[0] is '表' or '图')
            .Select(r => (r.Number, r.Title, r.Text, r.Provision, string.Join("/", r.Headings))).ToList();
        Assert.Equal(
        [
            ("表1", "指标权重", "权重每年复核一次。", ProvisionType.Statement, "计算方法/指标权重"),
            ("表1", "指标权重", "复核结果在机构网站公布。", ProvisionType.Statement, "计算方法/指标权重"),
            ("表1", "指标权重", "权重之和为1。", ProvisionType.Statement, "计算方法/指标权重"),
            ("表1", "指标权重", "含服务态度。", ProvisionType.Statement, "计算方法/指标权重"),
            ("图1", "服务流程", "受理窗口按服务类别设置。", ProvisionType.Statement, "计算方法/服务流程"),
            ("图1", "服务流程", "办理部门按职责分工。", ProvisionType.Statement, "计算方法/服务流程"),
            ("图1", "服务流程", "线上受理不设窗口。", ProvisionType.Statement, "计算方法/服务流程"),
        ], notes);
    }
}

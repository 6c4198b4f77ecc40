using StdKit.Model.Body;
using StdKit.Tests.Support;

namespace StdKit.Tests.Content;

public sealed class NumberingTests : ContentTest
{
    [Fact]
    public void Chapters_and_clauses_are_numbered_from_the_heading_structure()
    {
        var standard = Content.ReadBody("""
            # 范围

            本文件规定了……

            # 要求

            ## 总则

            ###
            无标题条一。

            ###
            无标题条二。

            ## 细则

            ### 甲

            #### 子一

            ##### 孙一

            ###### 曾孙一

            ###### 曾孙二

            ##### 孙二

            #### 子二

            ### 乙
            """);
        var chapters = standard.Chapters.ToList();
        Assert.Equal(["1", "2"], chapters.Select(c => c.Number));
        var requirements = chapters[1];
        Assert.Equal(["2.1", "2.2"], requirements.Clauses.Select(c => c.Number));
        Assert.Equal(["2.1.1", "2.1.2"], requirements.Clauses[0].Clauses.Select(c => c.Number));
        Assert.All(requirements.Clauses[0].Clauses, c => Assert.Null(c.Title));
        var deepest = requirements.Clauses[1].Clauses[0].Clauses[0].Clauses[0].Clauses;
        Assert.Equal(["2.2.1.1.1.1", "2.2.1.1.1.2"], deepest.Select(c => c.Number));
        Assert.Equal(6, deepest[0].Level);
        Assert.Equal("2.2.2", requirements.Clauses[1].Clauses[1].Number);
    }

    [Fact]
    public void Introduction_clauses_are_numbered_from_zero()
    {
        var standard = Content.ReadBody("""
            # 引言

            ## 概述

            ## 专利

            # 范围
            """);
        Assert.Equal(["0.1", "0.2"], standard.Introduction!.Clauses.Select(c => c.Number));
        Assert.Equal("1", standard.Chapters.Single().Number);
    }

    [Fact]
    public void Tables_and_figures_run_through_the_document_and_restart_per_annex()
    {
        var standard = Content.ReadBody("""
            # 引言

            表：引言中的表

            | a | b |
            |---|---|
            | 1 | 2 |

            # 范围

            ![框架图](f.png)

            # 要求

            ## 甲

            表：甲表

            | a |
            |---|
            | 1 |

            ![流程图](g.png)

            # 附录（规范性）第一个附录

            ## 内容

            表：附录表一

            | a |
            |---|
            | 1 |

            表：附录表二

            | a |
            |---|
            | 1 |

            ![附录图](h.png)

            # 附录（资料性）第二个附录

            表：第二附录表

            | a |
            |---|
            | 1 |
            """);
        var blocks = standard.Elements.ToList();
        Assert.Equal(["1", "2", "A.1", "A.2", "B.1"], blocks.OfType<Table>().Select(t => t.Number));
        Assert.Equal(["1", "2", "A.1"], blocks.OfType<Figure>().Select(f => f.Number));
        var annexes = standard.Annexes.ToList();
        Assert.Equal(["A", "B"], annexes.Select(a => a.Letter));
        Assert.Equal([AnnexNature.Normative, AnnexNature.Informative], annexes.Select(a => a.Nature!.Value));
        Assert.Equal("A.1", annexes[0].Clauses[0].Number);
        Assert.Equal("第一个附录", annexes[0].Title);
    }

    [Fact]
    public void Notes_and_examples_restart_in_each_clause_and_term_entry()
    {
        var standard = Content.ReadBody("""
            # 术语和定义

            下列术语和定义适用于本文件。

            ## 服务机构 | service agency

            提供服务的组织。

            注1：第一个注。

            注：第二个注。

            # 要求

            ## 甲

            要求。

            注：唯一的注。

            示例：唯一的示例。

            ## 乙

            注：第一个注。

            注：第二个注。

            注：第三个注。

            示例1：甲。

            示例：乙。
            """);
        var term = standard.Elements.OfType<TermEntry>().Single();
        Assert.Equal(["注1：", "注2："], term.Blocks.OfType<Note>().Select(n => n.Label));
        var clauses = standard.Chapters.Last().Clauses;
        Assert.Equal(["注："], clauses[0].Blocks.OfType<Note>().Select(n => n.Label));
        Assert.Equal(["示例："], clauses[0].Blocks.OfType<Example>().Select(n => n.Label));
        Assert.Equal(["注1：", "注2：", "注3："], clauses[1].Blocks.OfType<Note>().Select(n => n.Label));
        Assert.Equal(["示例1：", "示例2："], clauses[1].Blocks.OfType<Example>().Select(n => n.Label));
        Assert.Equal("第二个注。", term.Blocks.OfType<Note>().Last().Text.ToString());
    }

    [Fact]
    public void Term_entries_are_numbered_within_their_chapter_and_concept_groups()
    {
        var standard = Content.ReadBody("""
            # 范围

            # 规范性引用文件

            本文件没有规范性引用文件。

            # 术语和定义

            下列术语和定义适用于本文件。

            ## 基本术语

            ### 服务 | service

            活动。

            ### 顾客 | customer

            接受服务的组织或个人。

            [来源：GB/T 22117—2018，3.1，有修改]

            ## 评价术语

            ### 满意度 | satisfaction

            感受。
            """);
        var terms = standard.Elements.OfType<TermEntry>().ToList();
        Assert.Equal(["3.1.1", "3.1.2", "3.2.1"], terms.Select(t => t.Number));
        Assert.Equal(["服务", "顾客", "满意度"], terms.Select(t => t.Term));
        Assert.Equal("customer", terms[1].EnglishTerm);
        Assert.Equal("接受服务的组织或个人。", terms[1].Definition.ToString());
        Assert.Equal("GB/T 22117—2018，3.1，有修改", terms[1].TermSource);
        Assert.Equal(["基本术语", "评价术语"], standard.Chapters.Last().Clauses.Select(c => c.Title));
    }

    [Fact]
    public void List_markers_are_computed_and_typed_letters_are_kept_for_the_checker()
    {
        var standard = Content.ReadBody("""
            # 要求

            ## 甲

            ###
            包括：

            a) 一；
            b) 二；
            k) 三：
               1. 子一；
               2. 子二；
            d) 四。

            ###
            包括：

            - 甲；
              - 甲一；
            - 乙。
            """);
        var lists = standard.Elements.OfType<ListBlock>().Where(l => l.Depth == 0).ToList();
        var numbered = lists[0].Items;
        Assert.Equal(["a)", "b)", "c)", "d)"], numbered.Select(i => i.Marker));
        Assert.Equal(["a", "b", "k", "d"], numbered.Select(i => i.TypedMarker));
        Assert.Equal(["1)", "2)"], numbered[2].SubList!.Items.Select(i => i.Marker));
        Assert.Equal("1.1.1 c) 2)", numbered[2].SubList!.Items[1].ReferenceLabel);
        Assert.Equal(["——", "——"], lists[1].Items.Select(i => i.Marker));
        Assert.Equal("·", lists[1].Items[0].SubList!.Items[0].Marker);
        Assert.Equal(ListStyle.Dash, lists[1].Style);
    }

    [Fact]
    public void Bibliography_entries_are_numbered_and_chapter_two_entries_are_not()
    {
        var standard = Content.ReadBody("""
            # 规范性引用文件

            下列文件……

            - [[@GB/T 19001—2016]]
            - GB/T 4754-2017 国民经济行业分类

            # 参考文献

            - [[@GB/T 22117]]
            - 某某办法
            """);
        var references = standard.Chapters.Single().Blocks.OfType<DocumentEntry>().ToList();
        Assert.All(references, r => Assert.Equal("", r.Label));
        Assert.Equal("GB/T 19001—2016\u3000质量管理体系　要求", references[0].DisplayText);
        Assert.Equal("GB/T 4754-2017", references[1].TypedNumber!.Typed);
        Assert.Equal("GB/T 4754—2017", references[1].TypedNumber!.ToString());
        var bibliography = standard.Bibliography!.Blocks.OfType<DocumentEntry>().ToList();
        Assert.Equal(["[1]", "[2]"], bibliography.Select(b => b.Label));
        Assert.Equal("GB/T 22117\u3000信用　基本术语", bibliography[0].DisplayText);
    }

    [Fact]
    public void Tables_keep_header_rows_merged_cells_and_line_breaks()
    {
        var standard = Content.ReadBody("""
            # 分类

            表：服务机构分类 {#tab-classes}

            | 序号 | 一级分类 | 说明 |
            |---|---|---|
            | 1 | 综合性 | 第一行<br>第二行 |
            | ^ | ^ | 补充 |
            """);
        var table = standard.Elements.OfType<Table>().Single();
        Assert.Equal("服务机构分类", table.Title);
        Assert.Equal("tab-classes", table.Id);
        Assert.Equal(["序号", "一级分类", "说明"], table.HeaderRows.Single().Cells.Select(c => c.Text.ToString()));
        Assert.Equal("第一行\n第二行", table.Rows[0].Cells[2].Text.ToString());
        Assert.Equal([true, true, false], table.Rows[1].Cells.Select(c => c.MergedAbove));
        Assert.Equal(3, table.ColumnCount);
    }
}

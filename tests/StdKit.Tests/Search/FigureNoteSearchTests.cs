using NoteSample = StdKit.Tests.Content.FormulaAndNoteTests;

namespace StdKit.Tests.Search;

/// <summary>A figure's notes and footnotes are found by a search, under the figure, as a table's are.</summary>
public sealed class FigureNoteSearchTests : SearchContent
{
    [Fact]
    public void A_search_finds_the_notes_and_footnotes_of_figures_and_tables_under_their_numbers()
    {
        Content.Write("std.md", NoteSample.FrontMatter + NoteSample.Body);
        Index();
        Assert.Equal("图1", Numbers("受理窗口按服务类别设置")[0]);
        Assert.Equal("图1", Numbers("线上受理不设窗口")[0]);
        Assert.Equal("表1", Numbers("复核结果在机构网站公布")[0]);
    }
}

using StdKit.Build;
using StdKit.Content.Project;
using StdKit.Generator.Docx.Charts;
using StdKit.Generator.Docx.Styles;
using StdKit.Generator.Systems;
using StdKit.Tests.Support;

namespace StdKit.Tests.Docx;

/// <summary>
/// The structure charts of every sample agency, checked as geometry: boxes apart, connectors ending on a box edge or
/// on another connector, every label inside its box at the chart's font size.
/// </summary>
public sealed class ChartLayoutTests
{
    public static TheoryData<string> Agencies() => new(
        Directory.EnumerateFiles(Path.Combine(Repository.Content, "agencies"), "*.yaml")
            .Select(Path.GetFileNameWithoutExtension)
            .Order()!);

    private static IEnumerable<(ChartLayout Layout, string Caption)> Layouts(string agency)
    {
        var project = ContentProject.Load(Repository.Content);
        var system = new SystemPlanner(project).Plan(project.Agency(agency), pdf: false).System;
        return StructureChartDocument.Charts(system)
            .Select(c => (new ChartLayout(c.Chart, StyleSheet.TypeAreaWidth * 635L), c.Caption));
    }

    [Theory]
    [MemberData(nameof(Agencies))]
    public void No_two_boxes_intersect_and_all_stay_in_the_chart(string agency)
    {
        foreach (var (layout, caption) in Layouts(agency))
        {
            var boxes = layout.Boxes;
            for (var i = 0; i < boxes.Count; i++)
            {
                Assert.True(boxes[i].X >= 0 && boxes[i].Right <= layout.Width,
                    $"{caption}: {Name(boxes[i])} leaves the chart");
                for (var j = i + 1; j < boxes.Count; j++)
                {
                    var (a, b) = (boxes[i], boxes[j]);
                    var apart = a.Right <= b.X || b.Right <= a.X || a.Bottom <= b.Y || b.Bottom <= a.Y;
                    Assert.True(apart, $"{caption}: {Name(a)} and {Name(b)} overlap");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Agencies))]
    public void Every_connector_ends_on_a_box_edge_or_another_connector(string agency)
    {
        foreach (var (layout, caption) in Layouts(agency))
            foreach (var line in layout.Connectors)
                foreach (var (x, y) in new[] { (line.X1, line.Y1), (line.X2, line.Y2) })
                {
                    var onBox = layout.Boxes.Any(b => (y == b.Y || y == b.Bottom) && x > b.X && x < b.Right);
                    var onLine = layout.Connectors.Any(other => other != line && OnSegment(other, x, y));
                    Assert.True(onBox || onLine, $"{caption}: a connector ends in the air at ({x}, {y})");
                }
    }

    [Theory]
    [MemberData(nameof(Agencies))]
    public void Every_label_fits_its_box_at_the_chart_font_size(string agency)
    {
        foreach (var (layout, caption) in Layouts(agency))
            foreach (var box in layout.Boxes)
            {
                Assert.True(box.Lines.Count * ChartLayout.LineHeight + 2 * ChartLayout.Inset <= box.Height,
                    $"{caption}: {Name(box)} is too low for its lines");
                Assert.All(box.Lines, line => Assert.True(
                    ChartLayout.TextWidth(line) + 2 * ChartLayout.SideInset <= box.Width,
                    $"{caption}: “{line}” is wider than {Name(box)}"));
            }
    }

    [Fact]
    public void Vertical_text_turns_its_brackets_and_keeps_numbers_together()
    {
        Assert.Equal(["101", "标", "准", "化", "︵", "12", "项", "︶"], ChartLayout.Stacked("101 标准化（12项）"));
    }

    [Fact]
    public void A_label_wraps_after_its_code_and_before_its_count()
    {
        var width = ChartLayout.CharWidth * 9;
        Assert.Equal(["201", "服务功能要素配置", "（1项）"], ChartLayout.Wrap("201 服务功能要素配置（1项）", width));
        Assert.Equal(["101 标准化（1项）"], ChartLayout.Wrap("101 标准化（1项）", width));
    }

    [Fact]
    public void The_chart_text_style_sets_the_line_height_the_layout_counts_on()
    {
        var style = StyleSheet.Specs.Single(s => s.Id == StyleIds.ChartText);
        Assert.Equal(ChartLayout.LineHeightTwips, style.ExactLine);
        const long EmuPerHalfPoint = 12700 / 2;
        Assert.True(ChartLayout.CharWidth >= Zihao.Liuhao * EmuPerHalfPoint,
            "a character of 六号 is wider than the layout allows");
        Assert.True(ChartLayout.LineHeight >= Zihao.Liuhao * EmuPerHalfPoint * 6 / 5,
            "lines of 六号 need 1.2 times its size");
    }

    private static string Name(PlacedBox box) => $"box “{string.Concat(box.Lines)}”";

    private static bool OnSegment(Connector c, long x, long y) =>
        x >= Math.Min(c.X1, c.X2) && x <= Math.Max(c.X1, c.X2)
        && y >= Math.Min(c.Y1, c.Y2) && y <= Math.Max(c.Y1, c.Y2);
}

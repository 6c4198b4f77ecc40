using DocumentFormat.OpenXml;
using StdKit.Generator.Docx.Styles;
using StdKit.Generator.Docx.Writers;

namespace StdKit.Generator.Docx.Charts;

/// <summary>One bar: its label and its value on the chart's scale (0 to the number of scale labels).</summary>
public sealed record Bar(string Label, double Value, string ValueLabel);

/// <summary>
/// A horizontal bar chart as an editable Word drawing: the labels on the left, one bar a row, a thin grid line and
/// its label (一星 … 五星) for each step of the scale, the value written after each bar. Shapes, not a chart part, so
/// that Word and LibreOffice show it alike and every piece can be edited.
/// </summary>
public static class BarChartWriter
{
    private const long Cm = ChartLayout.Cm;
    private const long LabelWidth = (long)(4.6 * Cm);
    private const long ValueWidth = (long)(1.4 * Cm);
    private const long RowHeight = (long)(0.62 * Cm);
    private const long BarHeight = (long)(0.36 * Cm);
    private const long ScaleHeight = (long)(0.5 * Cm);
    private const long GridWidth = 3175;

    public static void Write(DocumentBuilder doc, IReadOnlyList<Bar> bars, IReadOnlyList<string> scale, string caption,
        ref uint shapeId)
    {
        var width = StyleSheet.TypeAreaWidth * 635L;
        var plotLeft = LabelWidth;
        var plotWidth = width - LabelWidth - ValueWidth;
        var step = plotWidth / scale.Count;
        var height = ScaleHeight + bars.Count * RowHeight;
        var id = shapeId;
        var runs = new List<OpenXmlElement> { DrawingShapes.Frame(width, height, id++) };
        void Add(DocumentFormat.OpenXml.Office2010.Word.DrawingShape.WordprocessingShape shape, long x, long y,
            long cx, long cy) =>
            runs.Add(DrawingShapes.Anchored(shape, x, y, cx, cy, id++));

        // The grid: a line at zero and one line and label per step of the scale, drawn as hairline rectangles —
        // LibreOffice
        // draws some upright line shapes of a short drawing as stray horizontal strokes.
        for (var i = 0; i <= scale.Count; i++)
        {
            var x = plotLeft + i * step;
            Add(DrawingShapes.Rectangle(GridWidth, height - ScaleHeight, "A6A6A6", "A6A6A6"), x, ScaleHeight,
                GridWidth, height - ScaleHeight);
            if (i > 0) Text([scale[i - 1]], x - step / 2, 0, step, ScaleHeight);
        }
        for (var r = 0; r < bars.Count; r++)
        {
            var bar = bars[r];
            var top = ScaleHeight + r * RowHeight;
            Text(ChartLayout.Wrap(bar.Label, LabelWidth - 2 * ChartLayout.SideInset), 0, top, LabelWidth, RowHeight);
            var length = (long)(Math.Clamp(bar.Value, 0, scale.Count) * step);
            if (length > 0) Add(DrawingShapes.Rectangle(length, BarHeight, "8EA9C1"), plotLeft, top
                + (RowHeight - BarHeight) / 2, length, BarHeight);
            Text([bar.ValueLabel], plotLeft + length, top, ValueWidth, RowHeight);
        }
        doc.Add(StyleIds.Figure, runs);
        doc.Add(StyleIds.FigureTitle, caption);
        shapeId = id;

        void Text(IReadOnlyList<string> lines, long x, long y, long cx, long cy) =>
            Add(DrawingShapes.TextBox(lines, cx, cy, framed: false, 0, ChartLayout.SideInset), x, y, cx, cy);
    }
}

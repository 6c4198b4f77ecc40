using DocumentFormat.OpenXml;
using StdKit.Generator.Docx.Styles;
using StdKit.Generator.Docx.Writers;

namespace StdKit.Generator.Docx.Charts;

/// <summary>
/// Draws a structure chart as an editable Word drawing: text boxes and lines (DrawingML shapes) anchored to one
/// paragraph, whose inline frame of the chart's size keeps the following text below the drawing.
/// </summary>
public static class ChartWriter
{
    public static void Write(DocumentBuilder doc, ChartNode root, string caption, ref uint shapeId)
    {
        var layout = new ChartLayout(root, StyleSheet.TypeAreaWidth * 635L);
        var runs = new List<OpenXmlElement> { DrawingShapes.Frame(layout.Width, layout.Height, shapeId++) };
        foreach (var box in layout.Boxes)
            runs.Add(DrawingShapes.Anchored(DrawingShapes.TextBox(box.Lines, box.Width, box.Height, framed: true,
                ChartLayout.Inset, ChartLayout.SideInset), box.X, box.Y, box.Width, box.Height, shapeId++));
        foreach (var line in layout.Connectors)
        {
            var (x, y) = (Math.Min(line.X1, line.X2), Math.Min(line.Y1, line.Y2));
            var (cx, cy) = (Math.Abs(line.X2 - line.X1), Math.Abs(line.Y2 - line.Y1));
            runs.Add(DrawingShapes.Anchored(DrawingShapes.Line(cx, cy), x, y, cx, cy, shapeId++));
        }
        doc.Add(StyleIds.Figure, runs);
        doc.Add(StyleIds.FigureTitle, caption);
    }
}

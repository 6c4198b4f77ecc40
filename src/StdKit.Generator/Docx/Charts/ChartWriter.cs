using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using StdKit.Generator.Docx.Styles;
using StdKit.Generator.Docx.Writers;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using Wps = DocumentFormat.OpenXml.Office2010.Word.DrawingShape;

namespace StdKit.Generator.Docx.Charts;

/// <summary>
/// Draws a structure chart as an editable Word drawing: text boxes and lines (DrawingML shapes) anchored to one
/// paragraph, whose inline frame of the chart's size keeps the following text below the drawing.
/// </summary>
public static class ChartWriter
{
    private const string ShapeUri = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape";

    public static void Write(DocumentBuilder doc, ChartNode root, string caption, ref uint shapeId)
    {
        var layout = new ChartLayout(root, StyleSheet.TypeAreaWidth * 635L);
        var runs = new List<OpenXmlElement> { Inline(layout, shapeId++) };
        foreach (var box in layout.Boxes) runs.Add(Anchored(Box(box, shapeId), box.X, box.Y, box.Width, box.Height, shapeId++));
        foreach (var line in layout.Connectors)
        {
            var (x, y) = (Math.Min(line.X1, line.X2), Math.Min(line.Y1, line.Y2));
            var (cx, cy) = (Math.Abs(line.X2 - line.X1), Math.Abs(line.Y2 - line.Y1));
            runs.Add(Anchored(Line(cx, cy, shapeId), x, y, cx, cy, shapeId++));
        }
        doc.Add(StyleIds.Figure, runs);
        doc.Add(StyleIds.FigureTitle, caption);
    }

    /// <summary>An empty inline shape the size of the chart: it holds the place of the drawing in the text.</summary>
    private static Run Inline(ChartLayout layout, uint id) => new(new Drawing(new DW.Inline(
        new DW.Extent { Cx = layout.Width, Cy = layout.Height },
        new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
        new DW.DocProperties { Id = id, Name = $"Chart {id}" },
        new DW.NonVisualGraphicFrameDrawingProperties(),
        Graphic(new Wps.WordprocessingShape(
            new Wps.NonVisualDrawingShapeProperties(),
            new Wps.ShapeProperties(Transform(layout.Width, layout.Height), Geometry(A.ShapeTypeValues.Rectangle), new A.NoFill(), new A.Outline(new A.NoFill())),
            new Wps.TextBodyProperties())))
    {
        DistanceFromTop = 0, DistanceFromBottom = 0, DistanceFromLeft = 0, DistanceFromRight = 0,
    }));

    private static Wps.WordprocessingShape Box(PlacedBox box, uint id)
    {
        var content = new TextBoxContent(box.Lines.Select(line => DocumentBuilder.Styled(StyleIds.ChartText, line)));
        return new Wps.WordprocessingShape(
            new Wps.NonVisualDrawingShapeProperties { TextBox = true },
            new Wps.ShapeProperties(Transform(box.Width, box.Height), Geometry(A.ShapeTypeValues.Rectangle),
                new A.SolidFill(new A.RgbColorModelHex { Val = "FFFFFF" }),
                new A.Outline(new A.SolidFill(new A.RgbColorModelHex { Val = "000000" })) { Width = 9525 }),
            new Wps.TextBoxInfo2(content),
            new Wps.TextBodyProperties
            {
                Wrap = A.TextWrappingValues.Square,
                LeftInset = (int)ChartLayout.SideInset, RightInset = (int)ChartLayout.SideInset,
                TopInset = (int)ChartLayout.Inset, BottomInset = (int)ChartLayout.Inset,
                Anchor = A.TextAnchoringTypeValues.Center,
            });
    }

    private static Wps.WordprocessingShape Line(long cx, long cy, uint id) => new(
        new Wps.NonVisualDrawingShapeProperties(),
        new Wps.ShapeProperties(Transform(cx, cy), Geometry(A.ShapeTypeValues.Line),
            new A.Outline(new A.SolidFill(new A.RgbColorModelHex { Val = "000000" })) { Width = 9525 }),
        new Wps.TextBodyProperties());

    private static Run Anchored(Wps.WordprocessingShape shape, long x, long y, long cx, long cy, uint id) => new(new Drawing(new DW.Anchor(
        new DW.SimplePosition { X = 0, Y = 0 },
        new DW.HorizontalPosition(new DW.PositionOffset(x.ToString())) { RelativeFrom = DW.HorizontalRelativePositionValues.Column },
        new DW.VerticalPosition(new DW.PositionOffset(y.ToString())) { RelativeFrom = DW.VerticalRelativePositionValues.Paragraph },
        new DW.Extent { Cx = cx, Cy = cy },
        new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
        new DW.WrapNone(),
        new DW.DocProperties { Id = id, Name = $"Shape {id}" },
        new DW.NonVisualGraphicFrameDrawingProperties(),
        Graphic(shape))
    {
        DistanceFromTop = 0, DistanceFromBottom = 0, DistanceFromLeft = 0, DistanceFromRight = 0,
        SimplePos = false, RelativeHeight = id, BehindDoc = false, Locked = false, LayoutInCell = true, AllowOverlap = true,
    }));

    private static A.Graphic Graphic(Wps.WordprocessingShape shape) => new(new A.GraphicData(shape) { Uri = ShapeUri });

    private static A.Transform2D Transform(long cx, long cy) => new(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy });

    private static A.PresetGeometry Geometry(A.ShapeTypeValues type) => new(new A.AdjustValueList()) { Preset = type };
}

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using StdKit.Generator.Docx.Styles;
using StdKit.Generator.Docx.Writers;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using Wps = DocumentFormat.OpenXml.Office2010.Word.DrawingShape;

namespace StdKit.Generator.Docx.Charts;

/// <summary>
/// The DrawingML pieces of StdKit's editable Word drawings: text boxes, rectangles and lines anchored to one paragraph,
/// and the empty inline frame of the drawing's size that keeps the following text below it. Sizes are in EMU.
/// </summary>
internal static class DrawingShapes
{
    private const string ShapeUri = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape";

    /// <summary>An empty inline shape the size of the drawing: it holds the place of the drawing in the text.</summary>
    public static Run Frame(long width, long height, uint id) => new(new Drawing(new DW.Inline(
        new DW.Extent { Cx = width, Cy = height },
        new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
        new DW.DocProperties { Id = id, Name = $"Chart {id}" },
        new DW.NonVisualGraphicFrameDrawingProperties(),
        Graphic(new Wps.WordprocessingShape(
            new Wps.NonVisualDrawingShapeProperties(),
            new Wps.ShapeProperties(Transform(width, height), Geometry(A.ShapeTypeValues.Rectangle), new A.NoFill(),
                new A.Outline(new A.NoFill())),
            new Wps.TextBodyProperties())))
    {
        DistanceFromTop = 0, DistanceFromBottom = 0, DistanceFromLeft = 0, DistanceFromRight = 0,
    }));

    /// <summary>A text box in the chart text style; framed in black and filled white, or bare.</summary>
    public static Wps.WordprocessingShape TextBox(IEnumerable<string> lines, long width, long height, bool framed,
        long inset, long sideInset)
    {
        var content = new TextBoxContent(lines.Select(line => DocumentBuilder.Styled(StyleIds.ChartText, line)));
        return new Wps.WordprocessingShape(
            new Wps.NonVisualDrawingShapeProperties { TextBox = true },
            new Wps.ShapeProperties(Transform(width, height), Geometry(A.ShapeTypeValues.Rectangle),
                framed ? Solid("FFFFFF") : new A.NoFill(),
                framed ? new A.Outline(Solid("000000")) { Width = 9525 } : new A.Outline(new A.NoFill())),
            new Wps.TextBoxInfo2(content),
            new Wps.TextBodyProperties
            {
                Wrap = A.TextWrappingValues.Square,
                LeftInset = (int)sideInset, RightInset = (int)sideInset, TopInset = (int)inset,
                    BottomInset = (int)inset,
                Anchor = A.TextAnchoringTypeValues.Center,
            });
    }

    /// <summary>A filled rectangle with a thin outline, black unless told: a bar of a chart, or a grid line.</summary>
    public static Wps.WordprocessingShape Rectangle(long width, long height, string fill, string outline = "000000")
        => new(
        new Wps.NonVisualDrawingShapeProperties(),
        new Wps.ShapeProperties(Transform(width, height), Geometry(A.ShapeTypeValues.Rectangle), Solid(fill),
            new A.Outline(Solid(outline)) { Width = 6350 }),
        new Wps.TextBodyProperties());

    /// <summary>A straight line, black or in <paramref name="color"/>.</summary>
    public static Wps.WordprocessingShape Line(long cx, long cy, string color = "000000") => new(
        new Wps.NonVisualDrawingShapeProperties(),
        new Wps.ShapeProperties(Transform(cx, cy), Geometry(A.ShapeTypeValues.Line),
            new A.Outline(Solid(color)) { Width = 9525 }),
        new Wps.TextBodyProperties());

    /// <summary>A shape placed at (x, y) from the left of the column and the top of the paragraph.</summary>
    public static Run Anchored(Wps.WordprocessingShape shape, long x, long y, long cx, long cy, uint id)
        => new(new Drawing(new DW.Anchor(
        new DW.SimplePosition { X = 0, Y = 0 },
        new DW.HorizontalPosition(new DW.PositionOffset(x.ToString()))
        {
            RelativeFrom = DW.HorizontalRelativePositionValues.Column,
        },
        new DW.VerticalPosition(new DW.PositionOffset(y.ToString()))
        {
            RelativeFrom = DW.VerticalRelativePositionValues.Paragraph,
        },
        new DW.Extent { Cx = cx, Cy = cy },
        new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
        new DW.WrapNone(),
        new DW.DocProperties { Id = id, Name = $"Shape {id}" },
        new DW.NonVisualGraphicFrameDrawingProperties(),
        Graphic(shape))
    {
        DistanceFromTop = 0, DistanceFromBottom = 0, DistanceFromLeft = 0, DistanceFromRight = 0,
        SimplePos = false, RelativeHeight = id, BehindDoc = false, Locked = false, LayoutInCell = true,
            AllowOverlap = true,
    }));

    private static A.SolidFill Solid(string rgb) => new(new A.RgbColorModelHex { Val = rgb });

    private static A.Graphic Graphic(Wps.WordprocessingShape shape) => new(new A.GraphicData(shape) { Uri = ShapeUri });

    private static A.Transform2D Transform(long cx, long cy) => new(new A.Offset { X = 0, Y = 0 },
        new A.Extents { Cx = cx, Cy = cy });

    private static A.PresetGeometry Geometry(A.ShapeTypeValues type) => new(new A.AdjustValueList()) { Preset = type };
}

using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using StdKit.Generator.Docx.Styles;
using StdKit.Model.Diagnostics;
using A = DocumentFormat.OpenXml.Drawing;
using Captions = StdKit.Model.Wording.Captions;
using KeyLeads = StdKit.Model.Wording.KeyLeads;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using M = StdKit.Model.Body;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace StdKit.Generator.Docx.Writers;

/// <summary>
/// A figure (GB/T 1.1 9.7): the picture centred — or each sub-figure with "a)　title" under it — then the key
/// (标引序号说明：), the figure's notes and its footnotes, then "图N　title" centred below; all on one page.
/// </summary>
public static class FigureWriter
{
    private const long EmuPerTwip = 635;
    private const long EmuPerPixel = 9525; // at 96 dpi

    /// <param name="notes">Writes the figure's notes as notes elsewhere are written.</param>
    public static void Write(DocumentBuilder doc, M.Figure figure, Action<IEnumerable<M.Block>> notes)
    {
        var start = doc.Body.ChildElements.Count;
        if (figure.SubFigures.Count == 0) WritePicture(doc, figure.ImagePath, figure.Source);
        foreach (var part in figure.SubFigures)
        {
            WritePicture(doc, part.ImagePath, figure.Source);
            doc.Add(StyleIds.SubFigureTitle, Captions.SubFigure(part));
        }
        FormulaWriter.WriteKey(doc, KeyLeads.Figure, figure.Key);
        notes(figure.Notes);
        foreach (var footnote in figure.Footnotes) doc.Body.Append(doc.LetteredFootnote(footnote));
        // What stands between picture and title goes with the title: a page break there would part them.
        foreach (var paragraph in doc.Body.ChildElements.Skip(start).OfType<Paragraph>())
            if (paragraph.ParagraphProperties!.KeepNext is null)
                paragraph.ParagraphProperties.KeepNext = new KeepNext();
        doc.Add(StyleIds.FigureTitle, Captions.Figure(figure));
    }

    private static void WritePicture(DocumentBuilder doc, string imagePath, SourceLocation source)
    {
        var path = Path.Combine(doc.ContentFolder, imagePath);
        var picture = Picture.Read(path, source);
        var part = doc.Main.AddImagePart(picture.PartType);
        using (var stream = File.OpenRead(path)) part.FeedData(stream);
        var id = doc.Main.GetIdOfPart(part);
        var (cx, cy) = Fit(picture.Width * EmuPerPixel, picture.Height * EmuPerPixel);
        var drawingId = (uint)doc.Main.ImageParts.Count();
        doc.Add(StyleIds.Figure, [new Run(Drawing(id, drawingId, Path.GetFileName(path), cx, cy))]);
    }

    /// <summary>Shrinks a picture wider than the type area, keeping its proportions.</summary>
    private static (long, long) Fit(long cx, long cy)
    {
        var max = StyleSheet.TypeAreaWidth * EmuPerTwip;
        return cx <= max ? (cx, cy) : (max, cy * max / cx);
    }

    private static Drawing Drawing(string relationshipId, uint id, string name, long cx, long cy) => new(
        new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new DW.DocProperties { Id = id, Name = name },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new PIC.Picture(
                    new PIC.NonVisualPictureProperties(
                        new PIC.NonVisualDrawingProperties { Id = id, Name = name },
                        new PIC.NonVisualPictureDrawingProperties()),
                    new PIC.BlipFill(new A.Blip { Embed = relationshipId }, new A.Stretch(new A.FillRectangle())),
                    new PIC.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0, DistanceFromBottom = 0, DistanceFromLeft = 0, DistanceFromRight = 0,
        });

    /// <summary>A PNG or JPEG file and its pixel size, read from its header.</summary>
    private sealed record Picture(PartTypeInfo PartType, long Width, long Height)
    {
        public static Picture Read(string path, SourceLocation source)
        {
            if (!File.Exists(path))
                throw new UserError(source, $"image file not found: {path}",
                    "put the picture next to the content file or correct the path in (…)");
            var bytes = File.ReadAllBytes(path);
            if (bytes.Length > 24 && bytes[0] == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G')
                return new Picture(ImagePartType.Png, BigEndian(bytes, 16), BigEndian(bytes, 20));
            if (bytes.Length > 4 && bytes[0] == 0xFF && bytes[1] == 0xD8 && JpegSize(bytes) is { } size)
                return new Picture(ImagePartType.Jpeg, size.Width, size.Height);
            throw new UserError(source, $"{path} is not a PNG or JPEG picture", "save the figure as .png or .jpg");
        }

        private static long BigEndian(byte[] b, int at) =>
            (b[at] << 24) | (b[at + 1] << 16) | (b[at + 2] << 8) | b[at + 3];

        private static (long Width, long Height)? JpegSize(byte[] b)
        {
            for (var i = 2; i + 9 < b.Length;)
            {
                if (b[i] != 0xFF) return null;
                var marker = b[i + 1];
                var length = (b[i + 2] << 8) | b[i + 3];
                // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
                if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
                    return ((b[i + 7] << 8) | b[i + 8], (b[i + 5] << 8) | b[i + 6]);
                i += 2 + length;
            }
            return null;
        }
    }
}

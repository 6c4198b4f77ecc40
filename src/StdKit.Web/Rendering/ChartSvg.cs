using System.Globalization;
using StdKit.Generator.Docx.Charts;

namespace StdKit.Web.Rendering;

/// <summary>
/// A structure chart as SVG, from the same <see cref="ChartLayout"/> as the Word chart: the same boxes in the same
/// places, each box a link where one is given for its label. SVG units are tenths of a millimetre: in EMU, the
/// layout's unit, the font sizes would exceed what browsers draw.
/// </summary>
public static class ChartSvg
{
    private const long LineHeight = (long)(0.34 * ChartLayout.Cm);
    private const long FontSize = (long)(0.26 * ChartLayout.Cm);

    /// <param name="width">The layout width in EMU: the Word type area, so that the chart is laid out as in
    /// Word.</param>
    /// <param name="link">The URL for a box's label, or null.</param>
    public static string Write(ChartNode root, long width, string title, Func<string, string?> link)
    {
        var layout = new ChartLayout(root, width);
        var labels = Labels(root).ToList();
        var output = new StringWriter();
        var html = new HtmlText(output);
        const long Margin = ChartLayout.Cm / 10;
        html.Open("svg", ("xmlns", "http://www.w3.org/2000/svg"), ("class", "chart"), ("role", "img"),
            ("aria-label", title),
            ("viewBox", $"{N(-Margin)} {N(-Margin)} {N(layout.Width + 2 * Margin)} {N(layout.Height + 2 * Margin)}"));
        foreach (var line in layout.Connectors)
            html.Open("line", ("x1", N(line.X1)), ("y1", N(line.Y1)), ("x2", N(line.X2)), ("y2", N(line.Y2)))
                .Close("line");
        foreach (var box in layout.Boxes)
        {
            // A box knows its printed lines; stacked ones are the label set upright, one character a line.
            var label = labels.FirstOrDefault(l => box.Lines.SequenceEqual([l]) || ChartLayout.Stacked(l)
                .SequenceEqual(box.Lines))
                ?? string.Concat(box.Lines);
            var href = link(label);
            if (href is not null) html.Open("a", ("href", href));
            html.Open("g", ("class", href is null ? "box" : "box linked")).Open("title").Text(label).Close("title")
                .Open("rect", ("x", N(box.X)), ("y", N(box.Y)), ("width", N(box.Width)), ("height", N(box.Height)))
                    .Close("rect");
            var top = box.Y + (box.Height - LineHeight * box.Lines.Count) / 2;
            // Word wraps a long label inside its box; one SVG line instead takes a smaller size to fit.
            var widest = box.Lines.Max(Ems);
            var size = Math.Min(FontSize, (long)(box.Width * 0.92 / Math.Max(1, widest)));
            for (var i = 0; i < box.Lines.Count; i++)
                html.Open("text", ("x", N(box.CenterX)), ("y", N(top + LineHeight * i + LineHeight * 3 / 4)),
                    ("font-size", N(size)))
                    .Text(box.Lines[i]).Close("text");
            html.Close("g");
            if (href is not null) html.Close("a");
        }
        html.Close("svg");
        return output.ToString();
    }

    /// <summary>A line's width in ems: Han characters and full-width punctuation are one, Latin letters and digits
    /// about half.</summary>
    private static double Ems(string line) => line.Sum(c => c < 0x2E80 ? 0.55 : 1.0);

    private static IEnumerable<string> Labels(ChartNode node) => node.Children.SelectMany(Labels).Prepend(node.Label);

    private const long EmuPerUnit = ChartLayout.Cm / 100;

    private static string N(long emu) => ((double)emu / EmuPerUnit).ToString("0.#", CultureInfo.InvariantCulture);
}

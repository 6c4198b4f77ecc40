namespace StdKit.Generator.Docx.Charts;

/// <summary>A placed box: position and size in EMU from the chart's top left, and its text line by line.</summary>
public sealed record PlacedBox(IReadOnlyList<string> Lines, long X, long Y, long Width, long Height)
{
    public long CenterX => X + Width / 2;
    public long Bottom => Y + Height;
}

/// <summary>A straight connector from (X1, Y1) to (X2, Y2), horizontal or vertical.</summary>
public sealed record Connector(long X1, long Y1, long X2, long Y2);

/// <summary>
/// Lays out a tree as a hierarchy chart, the way Chinese standards draw their 标准体系结构图: the root on top, each
/// level in a row, leaves spread evenly over the width — upright narrow boxes with vertical text where many leaves
/// share the row — and elbow connectors through a bus line between each parent and its children.
/// </summary>
public sealed class ChartLayout
{
    public const long Cm = 360_000;
    private const long RowGap = (long)(0.9 * Cm);
    private const long BoxHeight = (long)(0.9 * Cm);
    /// <summary>One line of 六号 text in a box, with its leading.</summary>
    private const long LineHeight = (long)(0.34 * Cm);
    private const long CharWidth = (long)(0.3 * Cm);

    public IReadOnlyList<PlacedBox> Boxes { get; }

    /// <summary>
    /// A label set upright in a narrow box, one character a line, its leading code ("101") on the first line: vertical
    /// text that every Word and LibreOffice version shows the same way (eaVert text is rotated by some).
    /// </summary>
    public static IReadOnlyList<string> Stacked(string label)
    {
        var space = label.IndexOf(' ');
        var code = space > 0 && label[..space].All(char.IsAsciiLetterOrDigit) ? label[..space] : null;
        var rest = code is null ? label : label[(space + 1)..];
        return [.. code is null ? [] : new[] { code }, .. rest.Where(c => !char.IsWhiteSpace(c)).Select(c => c.ToString())];
    }
    public IReadOnlyList<Connector> Connectors { get; }
    public long Width { get; }
    public long Height { get; }

    public ChartLayout(ChartNode root, long width)
    {
        Width = width;
        var boxes = new List<PlacedBox>();
        var connectors = new List<Connector>();
        var leaves = root.Leaves.ToList();
        var slot = width / Math.Max(1, leaves.Count);
        // Many leaves in a row: narrow upright boxes with vertical text; few: ordinary boxes.
        var verticalLeaves = leaves.Count > 6;
        var leafWidth = verticalLeaves ? Math.Min(slot * 85 / 100, (long)(0.8 * Cm)) : Math.Min(slot * 85 / 100, 4 * Cm);
        var leafHeight = verticalLeaves ? LineHeight * leaves.Max(l => Stacked(l.Label).Count) + (long)(0.3 * Cm) : BoxHeight;
        var share = width / Math.Max(1, root.Children.Count);
        var levels = root.Depth;
        var leafIndex = 0;

        PlacedBox Place(ChartNode node, int level)
        {
            var y = level * (BoxHeight + RowGap);
            if (node.Children.Count == 0)
            {
                var x = slot * leafIndex++ + (slot - leafWidth) / 2;
                var stacked = verticalLeaves && level == levels - 1;
                return Add(new PlacedBox(stacked ? Stacked(node.Label) : [node.Label], x, y, leafWidth, stacked ? leafHeight : BoxHeight));
            }
            var children = node.Children.Select(c => Place(c, level + 1)).ToList();
            var left = children[0].CenterX;
            var right = children[^1].CenterX;
            var span = Math.Max(right - left, 0);
            // Wide enough for the label on one line, but within the node's share of the row and the chart.
            var wanted = Math.Max(span * 8 / 10, CharWidth * node.Label.Length + (long)(0.5 * Cm));
            var boxWidth = level == 0 ? Math.Min(Math.Max(7 * Cm, wanted), width) : Math.Min(wanted, share * 9 / 10);
            var boxX = Math.Clamp((left + right) / 2 - boxWidth / 2, 0, width - boxWidth);
            var box = Add(new PlacedBox([node.Label], boxX, y, boxWidth, BoxHeight));
            var bus = box.Bottom + RowGap / 2;
            connectors.Add(new Connector(box.CenterX, box.Bottom, box.CenterX, bus));
            if (children.Count > 1) connectors.Add(new Connector(left, bus, right, bus));
            foreach (var child in children) connectors.Add(new Connector(child.CenterX, bus, child.CenterX, child.Y));
            return box;
        }

        PlacedBox Add(PlacedBox box)
        {
            boxes.Add(box);
            return box;
        }

        Place(root, 0);
        Boxes = boxes;
        Connectors = connectors;
        Height = boxes.Max(b => b.Bottom);
    }
}

namespace StdKit.Generator.Docx.Charts;

/// <summary>A placed box: position and size in EMU from the chart's top left, and its text line by line.</summary>
public sealed record PlacedBox(IReadOnlyList<string> Lines, long X, long Y, long Width, long Height)
{
    public long CenterX => X + Width / 2;
    public long Right => X + Width;
    public long Bottom => Y + Height;
}

/// <summary>A straight connector from (X1, Y1) to (X2, Y2), horizontal or vertical.</summary>
public sealed record Connector(long X1, long Y1, long X2, long Y2);

/// <summary>
/// Lays out a tree as a hierarchy chart, the way Chinese standards draw their 标准体系结构图: the root on top, each
/// level in a row, leaves spread evenly over the width — upright narrow boxes with vertical text where many leaves
/// share the row — and elbow connectors through a bus line between each parent and its children. Every box stays
/// within the width of the leaves below it, so boxes of one row never overlap, and wraps its label to fit.
/// </summary>
public sealed class ChartLayout
{
    public const long Cm = 360_000;
    private const long RowGap = (long)(0.9 * Cm);
    private const long MinBoxHeight = (long)(0.9 * Cm);
    /// <summary>One line of 六号 text in a box: the exact line height of the chart text style.</summary>
    public const long LineHeight = (long)(0.34 * Cm);
    /// <summary>A Han character of 六号 (7.5 pt = 0.265 cm) with room to spare; a Latin letter is half.</summary>
    public const long CharWidth = (long)(0.3 * Cm);
    /// <summary>
    /// Space between the frame of a box and its text: <see cref="Inset"/> above and below, <see cref="SideInset"/>
    /// at the sides.
    /// </summary>
    public const long Inset = (long)(0.08 * Cm);
    public const long SideInset = (long)(0.04 * Cm);

    public IReadOnlyList<PlacedBox> Boxes { get; }
    public IReadOnlyList<Connector> Connectors { get; }
    public long Width { get; }
    public long Height { get; }

    /// <summary>Exact line height of the chart text style in twips: Word and LibreOffice set lines alike.</summary>
    public static int LineHeightTwips => (int)(LineHeight / 635);

    /// <summary>
    /// A label set upright in a narrow box, one character a line, its leading code ("101") on the first line: vertical
    /// text that every Word and LibreOffice version shows the same way (eaVert text is rotated by some). Brackets
    /// and colons take their vertical forms, as in vertically set Chinese.
    /// </summary>
    public static IReadOnlyList<string> Stacked(string label)
    {
        var space = label.IndexOf(' ');
        var code = space > 0 && label[..space].All(char.IsAsciiLetterOrDigit) ? label[..space] : null;
        var rest = code is null ? label : label[(space + 1)..];
        var lines = new List<string>();
        if (code is not null) lines.Add(code);
        foreach (var c in rest.Where(c => !char.IsWhiteSpace(c)))
        {
            // Digits run together on one line ("12项"), as they read across in vertical text.
            var afterDigit = lines.Count > (code is null ? 0 : 1) && lines[^1].All(char.IsAsciiDigit);
            if (char.IsAsciiDigit(c) && afterDigit) lines[^1] += c;
            else lines.Add(Vertical(c).ToString());
        }
        return lines;
    }

    private static char Vertical(char c) => c switch
    {
        '（' or '(' => '︵',
        '）' or ')' => '︶',
        '《' => '︽',
        '》' => '︾',
        '：' => '︓',
        '、' => '︑',
        '，' => '︐',
        _ => c,
    };

    /// <summary>The width of a line of chart text: Han characters full, ASCII half.</summary>
    public static long TextWidth(string line) => line.Sum(c => c < 0x2E80 ? CharWidth / 2 : CharWidth);

    /// <summary>
    /// The label broken into lines that fit <paramref name="width"/>: after its code and before a bracketed count
    /// ("（12项）") where it can, else between characters, a closing mark never starting a line.
    /// </summary>
    public static IReadOnlyList<string> Wrap(string label, long width)
    {
        var lines = new List<string>();
        foreach (var segment in Segments(label))
        {
            if (lines.Count > 0 && TextWidth(lines[^1] + segment) <= width && !lines[^1].All(char.IsAsciiLetterOrDigit))
                lines[^1] += segment;
            else lines.AddRange(WrapCharacters(segment, width));
        }
        return TextWidth(label) <= width ? [label] : lines;
    }

    /// <summary>"101 标准化导则（1项）" → "101", "标准化导则", "（1项）".</summary>
    private static IEnumerable<string> Segments(string label)
    {
        var space = label.IndexOf(' ');
        if (space > 0 && label[..space].All(char.IsAsciiLetterOrDigit))
        {
            yield return label[..space];
            label = label[(space + 1)..];
        }
        var bracket = label.LastIndexOf('（');
        if (bracket > 0)
        {
            yield return label[..bracket];
            label = label[bracket..];
        }
        yield return label;
    }

    private static List<string> WrapCharacters(string text, long width)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var c in text)
        {
            if (line.Length > 0 && TextWidth(line + c) > width)
            {
                // A closing bracket or mark never starts a line: the character before it goes down with it.
                var carried = "）)、，。：；".Contains(c) && line.Length > 1 ? 1 : 0;
                lines.Add(line[..^carried]);
                line = line[^carried..];
            }
            line += c;
        }
        if (line.Length > 0) lines.Add(line);
        return lines;
    }

    public ChartLayout(ChartNode root, long width)
    {
        Width = width;
        var leaves = root.Leaves.ToList();
        var slot = width / Math.Max(1, leaves.Count);
        var levels = root.Depth;
        // Many leaves in a row: narrow upright boxes with vertical text; few: ordinary boxes.
        var verticalLeaves = leaves.Count > 6;
        var leafIndex = 0;

        // First pass: each box's row, width and lines, within the span of the leaves below it.
        var placed = new List<(int Level, long X, long Width, IReadOnlyList<string> Lines, List<int> Children)>();
        int Measure(ChartNode node, int level)
        {
            int index;
            if (node.Children.Count == 0)
            {
                var stacked = verticalLeaves && level == levels - 1;
                var boxWidth = stacked ? Math.Min(slot * 85 / 100, (long)(0.8 * Cm)) : Math.Min(slot * 9 / 10, 4 * Cm);
                var x = slot * leafIndex++ + (slot - boxWidth) / 2;
                index = placed.Count;
                var lines = stacked ? Stacked(node.Label) : Wrap(node.Label, boxWidth - 2 * SideInset);
                placed.Add((level, x, boxWidth, lines, []));
                return index;
            }
            var firstLeaf = leafIndex;
            var children = node.Children.Select(c => Measure(c, level + 1)).ToList();
            var (regionLeft, regionWidth) = (slot * firstLeaf, slot * (leafIndex - firstLeaf));
            var (first, last) = (placed[children[0]], placed[children[^1]]);
            var span = last.X + last.Width / 2 - (first.X + first.Width / 2);
            var wanted = Math.Max(span * 8 / 10, TextWidth(node.Label) + 2 * SideInset + (long)(0.3 * Cm));
            var w = level == 0 ? Math.Min(Math.Max(7 * Cm, wanted), width) : Math.Min(wanted, regionWidth * 9 / 10);
            var center = (first.X + last.X + last.Width) / 2;
            var boxX = Math.Clamp(center - w / 2, regionLeft, regionLeft + regionWidth - w);
            index = placed.Count;
            placed.Add((level, boxX, w, Wrap(node.Label, w - 2 * SideInset), children));
            return index;
        }
        var rootIndex = Measure(root, 0);

        // Second pass: one height per row, tall enough for the longest label in it.
        var rowHeights = Enumerable.Range(0, levels)
            .Select(level => placed.Where(p => p.Level == level)
                .Select(p => p.Lines.Count * LineHeight + 2 * Inset).Append(MinBoxHeight).Max())
            .ToArray();
        long RowTop(int level) => rowHeights.Take(level).Sum() + level * RowGap;
        var boxes = placed.Select(p => new PlacedBox(p.Lines, p.X, RowTop(p.Level), p.Width, rowHeights[p.Level]))
            .ToList();

        var connectors = new List<Connector>();
        void Connect(int index)
        {
            var children = placed[index].Children;
            if (children.Count == 0) return;
            var box = boxes[index];
            var bus = box.Bottom + RowGap / 2;
            var left = Math.Min(box.CenterX, children.Min(c => boxes[c].CenterX));
            var right = Math.Max(box.CenterX, children.Max(c => boxes[c].CenterX));
            // A child right below its parent gets one line from box to box: LibreOffice draws two collinear lines that
            // meet end to end as a short horizontal stroke.
            var straight = children.Where(c => boxes[c].CenterX == box.CenterX).ToList();
            if (straight.Count == 0) connectors.Add(new Connector(box.CenterX, box.Bottom, box.CenterX, bus));
            if (right > left) connectors.Add(new Connector(left, bus, right, bus));
            foreach (var child in children)
            {
                var top = straight.Contains(child) ? box.Bottom : bus;
                connectors.Add(new Connector(boxes[child].CenterX, top, boxes[child].CenterX, boxes[child].Y));
                Connect(child);
            }
        }
        Connect(rootIndex);

        // Boxes in drawing order: the root first, then row by row.
        Boxes = boxes.Select((b, i) => (Box: b, placed[i].Level)).OrderBy(b => b.Level).ThenBy(b => b.Box.X)
            .Select(b => b.Box).ToList();
        Connectors = connectors;
        Height = boxes.Max(b => b.Bottom);
    }
}

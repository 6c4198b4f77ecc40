namespace StdKit.Generator.Docx.Charts;

/// <summary>A box of a structure chart (标准体系结构图) and the boxes below it.</summary>
public sealed record ChartNode(string Label, IReadOnlyList<ChartNode> Children)
{
    public ChartNode(string label) : this(label, []) { }

    public int Depth => Children.Count == 0 ? 1 : 1 + Children.Max(c => c.Depth);

    public IEnumerable<ChartNode> Leaves => Children.Count == 0 ? [this] : Children.SelectMany(c => c.Leaves);
}

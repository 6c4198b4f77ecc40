using StdKit.Generator.Docx.Charts;
using StdKit.Generator.Docx.Styles;
using StdKit.Model.Systems;
using StdKit.Build;
using StdKit.Web.Rendering;

namespace StdKit.Web.Routes;

/// <summary>An agency's system as its page shows it: the charts, the 明细表 in the order asked, the 统计表.</summary>
/// <param name="Indexed">The numbers the knowledge base holds, which link to their reading view.</param>
public sealed record SystemView(string Agency, SystemPlan Plan, string? Sort, IReadOnlySet<string> Indexed)
{
    public static IReadOnlyList<string> SortKeys { get; } = ["code", "number", "title", "level", "date"];

    public StandardSystem System => Plan.System;

    /// <summary>The layout width of the Word chart, so that both are laid out alike.</summary>
    private static long ChartWidth => StyleSheet.TypeAreaWidth * 635L;

    /// <summary>图1: layers and their categories, each category box linking to its standards.</summary>
    public string WholeChart()
    {
        var root = new ChartNode($"{System.AgencyName}标准体系", System.Framework.Layers.Select(l =>
            new ChartNode(LayerLabel(l), l.Categories.Select(c => new ChartNode($"{c.Code} {c.Name}")).ToList()))
                .ToList());
        return ChartSvg.Write(root, ChartWidth, "标准体系结构图", Link);
    }

    /// <summary>One chart per layer, with how many standards each category holds.</summary>
    public IEnumerable<(string Title, string Svg)> LayerCharts() => System.Framework.Layers.Select(layer =>
    {
        var root = new ChartNode(LayerLabel(layer),
            layer.Categories.Select(c => new ChartNode($"{c.Code} {c.Name}（{System.In(c).Count()}项）")).ToList());
        return ($"{layer.Name}标准体系结构图", ChartSvg.Write(root, ChartWidth, $"{layer.Name}标准体系结构图", Link));
    });

    /// <summary>The 明细表 rows: the document's order (layer, category, adopted last), or sorted by a column.</summary>
    public IReadOnlyList<SystemMember> Members()
    {
        var ordered = System.Members.OrderBy(m => m.Layer is null).ThenBy(m => m.Layer?.Digit)
            .ThenBy(m => m.Category?.Index);
        return (Sort switch
        {
            "code" => ordered.OrderBy(m => m.SystemCode, StringComparer.Ordinal),
            "number" => ordered.OrderBy(m => m.Number, StringComparer.Ordinal),
            "title" => ordered.OrderBy(m => m.Title, StringComparer.Ordinal),
            "level" => ordered.OrderBy(m => m.Level, StringComparer.Ordinal),
            "date" => ordered.OrderBy(m => m.ImplementationDate ?? "", StringComparer.Ordinal),
            _ => ordered,
        }).ToList();
    }

    public IEnumerable<BuildOutput> Documents => Plan.Outputs.Where(o => o.Standard is null);

    private static string LayerLabel(Layer layer) => $"{layer.Digit}00 {layer.Name}标准体系";

    /// <summary>A category box links to the list of its standards; a layer box to the layer's.</summary>
    private string? Link(string label)
    {
        foreach (var layer in System.Framework.Layers)
        {
            if (label == LayerLabel(layer)) return Links.With(Links.Standards, ("agency", Agency),
                ("layer", layer.Name));
            foreach (var category in layer.Categories.Where(c =>
                label.StartsWith($"{c.Code} {c.Name}", StringComparison.Ordinal)))
                return Links.With(Links.Standards, ("agency", Agency), ("layer", layer.Name),
                    ("category", category.Name));
        }
        return null;
    }
}

using StdKit.Generator.Docx.Charts;
using StdKit.Generator.Docx.Styles;
using StdKit.Generator.Docx.Writers;
using StdKit.Model.Systems;

namespace StdKit.Generator.Systems;

/// <summary>
/// 标准体系结构图: the whole system — layers and categories with their 体系编号 — as 图1, then one chart per layer
/// with its categories and how many standards each holds (图2 …), as the Yunnan guide's figures 1–5.
/// </summary>
public static class StructureChartDocument
{
    public static void Write(string path, StandardSystem system) =>
        SystemDocument.Write(path, Header(system), Title(system), doc => Content(doc, system));

    public static string Title(StandardSystem system) => $"{system.AgencyName}标准体系结构图";

    public static void Content(DocumentBuilder doc, StandardSystem system)
    {
        uint shapeId = 1000;
        doc.Add(StyleIds.Paragraph,
            $"{system.AgencyName}标准体系由{string.Join("、", system.Framework.Layers.Select(l => l.Name + "标准体系"))}组成，" +
            $"其结构见图1；各子体系的结构见图2至图{system.Framework.Layers.Count + 1}。");
        foreach (var (chart, caption) in Charts(system)) ChartWriter.Write(doc, chart, caption, ref shapeId);
    }

    /// <summary>图1, the whole system with layers and categories; then one chart per layer with its counts.</summary>
    public static IReadOnlyList<(ChartNode Chart, string Caption)> Charts(StandardSystem system)
    {
        var charts = new List<(ChartNode, string)>
        {
            (new ChartNode($"{system.AgencyName}标准体系",
                system.Framework.Layers.Select(l => new ChartNode($"{l.Digit}00 {l.Name}标准体系",
                    l.Categories.Select(c => new ChartNode($"{c.Code} {c.Name}")).ToList())).ToList()),
                "图1\u3000标准体系结构图"),
        };
        var figure = 2;
        foreach (var layer in system.Framework.Layers)
        {
            var node = new ChartNode($"{layer.Digit}00 {layer.Name}标准体系", layer.Categories.Select(c =>
                new ChartNode($"{c.Code} {c.Name}（{system.In(c).Count()}项）")).ToList());
            charts.Add((node, $"图{figure++}\u3000{layer.Name}标准体系结构图"));
        }
        return charts;
    }

    internal static string Header(StandardSystem system) => $"{system.AgencyName}标准体系";
}

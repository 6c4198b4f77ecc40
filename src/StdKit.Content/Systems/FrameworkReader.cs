using StdKit.Content.Reading;
using StdKit.Model.Diagnostics;
using StdKit.Model.Systems;
using YamlDotNet.RepresentationModel;

namespace StdKit.Content.Systems;

/// <summary>Reads <c>content/framework/framework.yaml</c>: the layers and categories of the standards system.</summary>
public static class FrameworkReader
{
    private static readonly string[] RootKeys = ["numbering", "layers"];
    private static readonly string[] LayerKeys = ["name", "digit", "level", "description", "gbt-24421-2", "categories"];
    private static readonly string[] CategoryKeys = ["name", "description", "gbt-24421-2"];

    public static Framework Read(string path)
    {
        var diagnostics = new DiagnosticBag();
        var lines = LineMap.Identity(path);
        var root = new YamlMappingReader(YamlText.Load(SourceText.Read(path), lines, 1), RootKeys, lines, 1,
            diagnostics, "framework");
        var layers = new List<Layer>();
        foreach (var node in (root.Node("layers") as YamlSequenceNode)?.Children ?? [])
        {
            var layer = new YamlMappingReader(node, LayerKeys, lines, 1, diagnostics, "layer");
            if (!int.TryParse(layer.Required("digit", "2"), out var digit))
                layer.Error("digit", "a layer digit must be a number", "write digit: 1 … 9");
            var categories = new List<Category>();
            foreach (var (categoryNode, index) in ((layer.Node("categories") as YamlSequenceNode)?.Children ?? [])
                .Select((n, i) => (n, i + 1)))
            {
                var category = new YamlMappingReader(categoryNode, CategoryKeys, lines, 1, diagnostics, "category");
                categories.Add(new Category(category.Required("name", "人事"), index, $"{digit}{index:D2}",
                    category.Text("description") ?? "", category.Text("gbt-24421-2")));
            }
            layers.Add(new Layer(layer.Required("name", "服务实施"), digit, layer.Text("level") ?? "",
                layer.Text("description") ?? "", layer.Text("gbt-24421-2"), categories));
        }
        var framework = new Framework(layers,
            root.Required("numbering", "\"Q/{code} {layer}{category:D2}{sequence:D2}—{year}\""));
        diagnostics.ThrowIfAny();
        return framework;
    }
}

using StdKit.Content.Reading;
using StdKit.Model.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace StdKit.Content.Systems;

/// <summary>One service kind an agency may offer (services.yaml).</summary>
public sealed record ServiceKind(string Name, string Classification, string Function, string Description);

/// <summary>
/// The vocabulary of agency profiles: agency types (001 表1 一级分类) and service kinds (001 表1 joined with the
/// service functions of 003), read from <c>content/framework/services.yaml</c>.
/// </summary>
public sealed record ServiceCatalog(IReadOnlyList<string> AgencyTypes, IReadOnlyList<ServiceKind> Services)
{
    private static readonly string[] RootKeys = ["agency-types", "services"];
    private static readonly string[] TypeKeys = ["name", "description"];
    private static readonly string[] ServiceKeys = ["name", "classification", "function", "description"];

    public ServiceKind? Find(string name) => Services.FirstOrDefault(s => s.Name == name);

    public static ServiceCatalog Read(string path)
    {
        var diagnostics = new DiagnosticBag();
        var lines = LineMap.Identity(path);
        var root = new YamlMappingReader(YamlText.Load(SourceText.Read(path), lines, 1), RootKeys, lines, 1,
            diagnostics, "services");
        var types = ((root.Node("agency-types") as YamlSequenceNode)?.Children ?? [])
            .Select(n => new YamlMappingReader(n, TypeKeys, lines, 1, diagnostics, "agency type")
                .Required("name", "综合性服务机构"))
            .ToList();
        var services = ((root.Node("services") as YamlSequenceNode)?.Children ?? []).Select(n =>
        {
            var s = new YamlMappingReader(n, ServiceKeys, lines, 1, diagnostics, "service");
            return new ServiceKind(s.Required("name", "融资服务"), s.Text("classification") ?? "",
                s.Text("function") ?? "", s.Text("description") ?? "");
        }).ToList();
        diagnostics.ThrowIfAny();
        return new ServiceCatalog(types, services);
    }
}

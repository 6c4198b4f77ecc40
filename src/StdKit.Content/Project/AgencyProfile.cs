using Scriban.Runtime;
using StdKit.Content.Reading;
using StdKit.Content.Systems;
using StdKit.Content.Templates;
using StdKit.Model.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace StdKit.Content.Project;

/// <summary>A post (岗位) of an agency and its level (决策层 / 管理层 / 一般人员).</summary>
public sealed record Post(string Name, string Level, SourceLocation Source);

/// <summary>What a profile is checked against when the content tree has a framework: service vocabulary and post
/// levels.</summary>
public sealed record AgencySchema(ServiceCatalog Catalog, IReadOnlyList<string> PostLevels);

/// <summary>
/// An agency profile (机构档案, docs/agency-profile.md): the facts a tailored standards system is built from and
/// filled with. Templates read it as <c>agency.&lt;key&gt;</c>, with "short-code" as <c>short_code</c>.
/// </summary>
public sealed class AgencyProfile
{
    private static readonly string[] Keys =
        [
            "name", "short-code", "region", "type", "services", "co-building", "year", "release-date",
            "implementation-date", "working-group", "posts", "adopts",
        ];
    private static readonly string[] PostKeys = ["name", "level", "duties"];
    private static readonly string[] WorkingGroupKeys = ["leader", "office", "members"];

    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string SourcePath { get; init; }
    public string ShortCode { get; init; } = "";
    public string Year { get; init; } = "";
    public IReadOnlyList<string> Services { get; init; } = [];
    public string? Type { get; init; }
    public bool CoBuilding { get; init; }
    public IReadOnlyList<Post> Posts { get; init; } = [];
    /// <summary>External standards the agency adopts (listed in its system, not generated).</summary>
    public IReadOnlyList<string> Adopts { get; init; } = [];
    /// <summary>Where the profile lists the adopted standards, for messages about them.</summary>
    public SourceLocation AdoptsSource { get; init; } = new("", 1);
    private ScriptObject Values { get; init; } = new();

    /// <summary>The template globals: the profile as <c>agency</c>, and what the system assigns this
    /// standard.</summary>
    public ScriptObject TemplateGlobals(StandardSlot? slot = null)
    {
        var globals = new ScriptObject { ["agency"] = Values };
        if (slot is not null)
        {
            globals["standard"] = new ScriptObject { ["number"] = slot.Number };
            if (slot.Post is not null) globals["post"] = slot.Post;
        }
        return globals;
    }

    /// <summary>The template value of one post, for the per-post template.</summary>
    public ScriptObject PostValues(Post post) =>
        ((ScriptArray)Values["posts"]!).OfType<ScriptObject>().First(p => Equals(p["name"], post.Name));

    /// <param name="schema">The vocabulary to check type, services and post levels against; null outside a
    /// framework.</param>
    public static AgencyProfile Load(string path, AgencySchema? schema = null)
    {
        var diagnostics = new DiagnosticBag();
        var lines = LineMap.Identity(path);
        var root = YamlText.Load(SourceText.Read(path), lines, 1);
        var yaml = new YamlMappingReader(root, Keys, lines, 1, diagnostics, "agency profile");
        var name = yaml.Required("name", "云南省中小企业服务中心");
        var posts = ReadPosts(yaml.Node("posts"), schema, lines, diagnostics);
        var values = root is YamlMappingNode map ? TemplateValues.FromMapping(map) : new ScriptObject();
        var profile = new AgencyProfile
        {
            Id = Path.GetFileNameWithoutExtension(path),
            Name = name,
            SourcePath = path,
            ShortCode = schema is null ? yaml.Text("short-code") ?? "" : yaml.Required("short-code", "YNSME"),
            Year = schema is null ? yaml.Text("year") ?? "" : yaml.Required("year", "2025"),
            Type = yaml.Text("type"),
            Services = yaml.List("services"),
            CoBuilding = yaml.Flag("co-building", false),
            Posts = posts,
            Adopts = yaml.List("adopts"),
            AdoptsSource = yaml.LocationOf("adopts"),
            Values = values,
        };
        if (profile.Year.Length > 0 && !(profile.Year.Length == 4 && profile.Year.All(char.IsAsciiDigit)))
            yaml.Error("year", $"'{profile.Year}' is not a year",
                "write the year of the system in four digits, e.g. year: 2025");
        // 发布日期 and 实施日期 of the system's standards: "XXXX-XX-XX" in the year of the system until they are set.
        foreach (var key in new[] { "release_date", "implementation_date" })
            if (!values.ContainsKey(key)) values[key] = $"{profile.Year}-XX-XX";
        if (yaml.Node("working-group") is { } group)
            _ = new YamlMappingReader(group, WorkingGroupKeys, lines, 1, diagnostics, "working-group");
        if (schema is not null) Validate(profile, yaml, schema, values);
        diagnostics.ThrowIfAny();
        return profile;
    }

    private static void Validate(AgencyProfile profile, YamlMappingReader yaml, AgencySchema schema,
        ScriptObject values)
    {
        if (profile.Type is null) yaml.Required("type", schema.Catalog.AgencyTypes[0]);
        else if (!schema.Catalog.AgencyTypes.Contains(profile.Type))
            yaml.Error("type", $"unknown agency type '{profile.Type}'",
                $"use one of: {string.Join("、", schema.Catalog.AgencyTypes)}");
        var services = new ScriptArray();
        foreach (var service in profile.Services)
        {
            if (schema.Catalog.Find(service) is not { } kind)
            {
                yaml.Error("services", $"unknown service '{service}'",
                    "use services from content/framework/services.yaml: " +
                    $"{string.Join("、", schema.Catalog.Services.Select(s => s.Name))}");
                continue;
            }
            services.Add(new ScriptObject
            {
                ["name"] = kind.Name, ["classification"] = kind.Classification, ["function"] = kind.Function,
                ["description"] = kind.Description,
            });
        }
        values["services"] = services;
        values["co_building"] = profile.CoBuilding;
        values["adopts"] = new ScriptArray(profile.Adopts);
    }

    private static IReadOnlyList<Post> ReadPosts(YamlNode? node, AgencySchema? schema, LineMap lines,
        DiagnosticBag diagnostics)
    {
        var posts = new List<Post>();
        foreach (var item in (node as YamlSequenceNode)?.Children ?? [])
        {
            var post = new YamlMappingReader(item, PostKeys, lines, 1, diagnostics, "post");
            var name = post.Required("name", "服务专员");
            var level = post.Text("level");
            if (level is null)
                post.Error("name", $"post '{name}' has no level",
                    $"add level: {string.Join(" / ", schema?.PostLevels ?? ["决策层", "管理层", "一般人员"])}");
            else if (schema is not null && !schema.PostLevels.Contains(level))
                post.Error("level", $"unknown post level '{level}'",
                    $"use one of: {string.Join(" / ", schema.PostLevels)}");
            // Every post has duties in templates, even when the profile lists none.
            if (item is YamlMappingNode map && !map.Children.ContainsKey("duties"))
                map.Children.Add("duties", new YamlSequenceNode());
            else if (post.Node("duties") is { } duties and not YamlSequenceNode
                     && !(duties is YamlScalarNode { Value: null or "" }))
                post.Error("duties", $"the duties of post '{name}' are not a list",
                    "write each duty on its own line under duties:, starting with '- '");
            posts.Add(new Post(name, level ?? "", post.Location));
        }
        return posts;
    }
}

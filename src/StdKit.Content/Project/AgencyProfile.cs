using Scriban.Runtime;
using StdKit.Content.Reading;
using StdKit.Content.Templates;
using StdKit.Model.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace StdKit.Content.Project;

/// <summary>
/// An agency profile (机构档案): the facts a tailored standard is filled with. Templates read it as
/// <c>agency.&lt;key&gt;</c>.
/// </summary>
public sealed class AgencyProfile
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string SourcePath { get; init; }
    private ScriptObject Values { get; init; } = new();

    /// <summary>The template globals: the profile as <c>agency</c>.</summary>
    public ScriptObject TemplateGlobals() => new() { ["agency"] = Values };

    public static AgencyProfile Load(string path)
    {
        var lines = LineMap.Identity(path);
        var root = YamlText.Load(SourceText.Read(path), lines, 1);
        if (root is not YamlMappingNode map)
            throw new ContentException(lines.Locate(1), "an agency profile must be a list of 'key: value' lines",
                "start with name: <the agency's name>");
        var values = TemplateValues.FromMapping(map);
        if (values["name"] is not string name || name.Trim().Length == 0)
            throw new ContentException(lines.Locate(1), "the agency profile has no name", "add name: <the agency's full name>");
        return new AgencyProfile
        {
            Id = Path.GetFileNameWithoutExtension(path),
            Name = name.Trim(),
            SourcePath = path,
            Values = values,
        };
    }
}

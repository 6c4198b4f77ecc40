using Scriban.Runtime;
using YamlDotNet.RepresentationModel;

namespace StdKit.Content.Templates;

/// <summary>Turns a YAML tree into Scriban values; "short-code" is reachable as <c>short_code</c>.</summary>
public static class TemplateValues
{
    public static object? From(YamlNode node) => node switch
    {
        YamlMappingNode map => FromMapping(map),
        YamlSequenceNode seq => new ScriptArray(seq.Children.Select(From)),
        // YAML true/false become booleans, so that {{ if agency.co_building }} means what it says.
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: "true" or "false" } scalar =>
            scalar.Value == "true",
        YamlScalarNode scalar => scalar.Value,
        _ => null,
    };

    public static ScriptObject FromMapping(YamlMappingNode map)
    {
        var obj = new ScriptObject();
        foreach (var (key, value) in map.Children)
            obj[((YamlScalarNode)key).Value!.Replace('-', '_')] = From(value);
        return obj;
    }
}

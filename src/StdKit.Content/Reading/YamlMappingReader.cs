using StdKit.Model.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace StdKit.Content.Reading;

/// <summary>
/// Reads one YAML mapping against a fixed set of keys: unknown keys get the nearest known key as a hint, required
/// keys must be present and non-empty, and every value is read with its line.
/// </summary>
public sealed class YamlMappingReader
{
    private readonly Dictionary<string, (YamlNode Key, YamlNode Value)> _values = new(StringComparer.Ordinal);
    private readonly LineMap _lines;
    private readonly int _firstLine;
    private readonly DiagnosticBag _diagnostics;
    private readonly SourceLocation _location;

    public YamlMappingReader(YamlNode? node, IReadOnlyCollection<string> knownKeys, LineMap lines, int firstLine,
        DiagnosticBag diagnostics, string what)
    {
        _lines = lines;
        _firstLine = firstLine;
        _diagnostics = diagnostics;
        _location = node?.Locate(lines, firstLine) ?? lines.Locate(firstLine);
        if (node is not YamlMappingNode map)
        {
            if (node is not null && !(node is YamlScalarNode { Value: "" or null }))
                diagnostics.Add(_location, $"{what} must be a list of 'key: value' lines",
                    "write one 'key: value' per line");
            return;
        }
        foreach (var (keyNode, value) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!knownKeys.Contains(key))
            {
                var near = NearestName.Find(key, knownKeys);
                diagnostics.Add(keyNode.Locate(lines, firstLine), $"unknown {what} key '{key}'",
                    near is null ? $"known keys: {string.Join(", ", knownKeys)}" : $"did you mean '{near}'?");
                continue;
            }
            _values[key] = (keyNode, value);
        }
    }

    public SourceLocation Location => _location;

    public SourceLocation LocationOf(string key) =>
        _values.TryGetValue(key, out var v) ? v.Key.Locate(_lines, _firstLine) : _location;

    public YamlNode? Node(string key) => _values.TryGetValue(key, out var v) ? v.Value : null;

    public string? Text(string key)
    {
        if (!_values.TryGetValue(key, out var v)) return null;
        if (v.Value is YamlScalarNode scalar)
            return string.IsNullOrWhiteSpace(scalar.Value) ? null : scalar.Value.Trim();
        _diagnostics.Add(v.Key.Locate(_lines, _firstLine), $"'{key}' must be a single value",
            $"write {key}: <value> on one line");
        return null;
    }

    public string Required(string key, string example)
    {
        var value = Text(key);
        if (value is not null) return value;
        var present = _values.ContainsKey(key);
        _diagnostics.Add(LocationOf(key), present ? $"'{key}' is empty" : $"missing required key '{key}'",
            $"write {key}: {example}");
        return "";
    }

    public IReadOnlyList<string> List(string key)
    {
        if (!_values.TryGetValue(key, out var v)) return [];
        switch (v.Value)
        {
            case YamlSequenceNode seq:
                return seq.Children.OfType<YamlScalarNode>()
                    .Select(s => s.Value?.Trim() ?? "")
                    .Where(s => s.Length > 0)
                    .ToList();
            case YamlScalarNode scalar:
                return string.IsNullOrWhiteSpace(scalar.Value) ? [] : [scalar.Value.Trim()];
            default:
                _diagnostics.Add(v.Key.Locate(_lines, _firstLine), $"'{key}' must be a list",
                    $"write each item on its own '- item' line under {key}:");
                return [];
        }
    }

    public bool Flag(string key, bool defaultValue)
    {
        var text = Text(key);
        if (text is null) return defaultValue;
        if (bool.TryParse(text, out var b)) return b;
        if (text is "是" or "yes") return true;
        if (text is "否" or "no") return false;
        _diagnostics.Add(LocationOf(key), $"'{key}' must be true or false, not '{text}'",
            $"write {key}: true or {key}: false");
        return defaultValue;
    }

    public void Error(string key, string message, string fix) => _diagnostics.Add(LocationOf(key), message, fix);
}

using System.Text.RegularExpressions;

namespace StdKit.Model.Systems;

/// <summary>
/// Fills the numbering scheme of a system, e.g. "Q/{code} {layer}{category:D2}{sequence:D2}—{year}" →
/// Q/YNSME 20301—2025.
/// </summary>
public static partial class SystemNumbering
{
    public static string Format(string scheme, string code, int layer, int category, int sequence, string year) =>
        Token().Replace(scheme, m =>
        {
            var value = m.Groups["name"].Value switch
            {
                "code" => (object)code,
                "layer" => layer,
                "category" => category,
                "sequence" => sequence,
                "year" => year,
                var other => throw new ArgumentException($"unknown token {{{other}}} in the numbering scheme"),
            };
            return m.Groups["format"].Success && value is int n
                ? n.ToString(m.Groups["format"].Value)
                : value.ToString()!;
        });

    [GeneratedRegex(@"\{(?<name>[a-z]+)(?::(?<format>[A-Za-z0-9]+))?\}")]
    private static partial Regex Token();
}

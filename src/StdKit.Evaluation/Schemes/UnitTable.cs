using System.Globalization;
using System.Text.RegularExpressions;
using StdKit.Content.Reading;
using StdKit.Model.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace StdKit.Evaluation.Schemes;

/// <summary>
/// The units of content/evaluation/units.yaml: each unit with the spellings a value may be typed in and the factor
/// from each spelling to the unit ("50万" is 50 万元, "5 000 元" is 0.5 万元).
/// </summary>
public sealed partial class UnitTable(IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> units)
{
    public const string FileName = "units.yaml";

    public bool Knows(string unit) => units.ContainsKey(unit);

    public IEnumerable<string> Units => units.Keys;

    /// <summary>
    /// The value of <paramref name="typed"/> in <paramref name="unit"/>, or why it cannot be read: no number, no
    /// unit, or a unit that belongs to another quantity.
    /// </summary>
    public (double Value, string? Error) Read(string typed, string unit)
    {
        var match = QuantityPattern().Match(typed.Trim());
        if (!match.Success)
            return (0, $"'{typed}' is not a number with a unit");
        var number = double.Parse(match.Groups["number"].Value.Replace(" ", "").Replace(",", "").Replace("\u00A0", ""),
            CultureInfo.InvariantCulture);
        var spelling = match.Groups["unit"].Value.Trim();
        if (spelling.Length == 0) return (0, $"'{typed}' has no unit");
        if (units[unit].TryGetValue(spelling, out var factor)) return (number * factor, null);
        var owner = units.FirstOrDefault(u => u.Value.ContainsKey(spelling)).Key;
        return (0, owner is null ? $"'{spelling}' in '{typed}' is not a known unit"
            : $"'{typed}' is in {owner}, not in {unit}");
    }

    /// <summary>A number (with optional thousands spaces or commas, sign and decimals) and what follows it.</summary>
    [GeneratedRegex(@"^(?<number>-?\d{1,3}(?:[ ,\u00A0]\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?)\s*(?<unit>.*)$")]
    private static partial Regex QuantityPattern();

    public static UnitTable Read(string path)
    {
        var lines = LineMap.Identity(path);
        var diagnostics = new DiagnosticBag();
        var units = new Dictionary<string, IReadOnlyDictionary<string, double>>(StringComparer.Ordinal);
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        if (YamlText.Load(SourceText.Read(path), lines, 1) is not YamlMappingNode root)
            throw new UserError(lines.Locate(1), "the unit table must be a mapping of units",
                "write one unit a line: 万元: {万元: 1, 万: 1, 元: 0.0001}");
        foreach (var (key, value) in root.Children)
        {
            var unit = (key as YamlScalarNode)?.Value ?? "";
            var spellings = new Dictionary<string, double>(StringComparer.Ordinal);
            if (value is not YamlMappingNode map)
            {
                diagnostics.Add(key.Locate(lines, 1), $"the unit '{unit}' needs its spellings and factors",
                    $"write {unit}: {{{unit}: 1}}");
                continue;
            }
            foreach (var (spellingNode, factorNode) in map.Children)
            {
                var spelling = (spellingNode as YamlScalarNode)?.Value ?? "";
                if (!double.TryParse((factorNode as YamlScalarNode)?.Value, CultureInfo.InvariantCulture,
                    out var factor) || factor <= 0)
                    diagnostics.Add(factorNode.Locate(lines, 1), $"the factor of '{spelling}' is not a positive number",
                        $"write how many {unit} one {spelling} is, e.g. {spelling}: 1");
                else if (owners.TryGetValue(spelling, out var other))
                    diagnostics.Add(spellingNode.Locate(lines, 1), $"'{spelling}' is a spelling of {other} already",
                        "give each spelling to one unit");
                else
                {
                    owners[spelling] = unit;
                    spellings[spelling] = factor;
                }
            }
            units[unit] = spellings;
        }
        diagnostics.ThrowIfAny();
        return new UnitTable(units);
    }
}

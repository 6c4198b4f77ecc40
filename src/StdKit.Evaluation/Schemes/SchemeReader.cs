using System.Globalization;
using StdKit.Content.Reading;
using StdKit.Model.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace StdKit.Evaluation.Schemes;

/// <summary>Reads one evaluation scheme of content/evaluation/, reporting every mistake with its line.</summary>
internal sealed class SchemeReader
{
    private static readonly string[] Keys = ["id", "title", "source", "model", "levels", "below", "rule",
        "preconditions", "groups"];
    private static readonly string[] GroupKeys = ["name", "weight", "criteria"];
    private static readonly string[] CriterionKeys =
        ["name", "source", "unit", "cells", "bare", "descriptors", "aspects", "weight", "expect", "at-least",
            "computed",
            "survey", "note", "evidence", "except"];
    private static readonly Dictionary<string, ComputedValue> Computed = new()
    {
        ["trial-months"] = ComputedValue.TrialMonths, ["completeness"] = ComputedValue.Completeness,
        ["consistency"] = ComputedValue.Consistency, ["currency"] = ComputedValue.Currency,
        ["implementation"] = ComputedValue.Implementation,
    };

    private readonly LineMap _lines;
    private readonly DiagnosticBag _diagnostics = new();
    private readonly UnitTable _units;
    private int _levelCount;

    private SchemeReader(string path, UnitTable units)
    {
        _lines = LineMap.Identity(path);
        _units = units;
    }

    public static EvaluationScheme Read(string path, UnitTable units) => new SchemeReader(path, units).Read();

    private EvaluationScheme Read()
    {
        var root = YamlText.Load(SourceText.Read(_lines.File), _lines, 1);
        var yaml = new YamlMappingReader(root, Keys, _lines, 1, _diagnostics, "scheme");
        var id = yaml.Required("id", Path.GetFileNameWithoutExtension(_lines.File));
        var levels = yaml.List("levels");
        if (levels.Count == 0) yaml.Error("levels", "a scheme without levels", "write levels: [一星, 二星, 三星, 四星, 五星]");
        _levelCount = levels.Count;
        var rule = yaml.Required("rule", "minimum") switch
        {
            "minimum" => CombinationRule.Minimum,
            "weighted-mean" => CombinationRule.WeightedMean,
            "" => CombinationRule.Minimum,
            var other => Refuse(yaml, "rule", $"unknown rule '{other}'", "use minimum or weighted-mean"),
        };
        var preconditions = Items(yaml.Node("preconditions"), "preconditions").Select(n => Criterion(n,
            precondition: true)).ToList();
        var groups = Items(yaml.Node("groups"), "groups").Select(Group).ToList();
        if (groups.Count == 0) yaml.Error("groups", "a scheme without criteria",
            "write groups: with a name and criteria: each");
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var criterion in preconditions.Concat(groups.SelectMany(g => g.Criteria)))
            if (!names.Add(criterion.Name))
                _diagnostics.Add(criterion.Source, $"the criterion '{criterion.Name}' is named twice",
                    "give each criterion its own name: the agency's facts name it");
        _diagnostics.ThrowIfAny();
        return new EvaluationScheme(id, yaml.Required("title", "公共服务机构星级评价"), yaml.Text("source") ?? "", levels, rule,
            preconditions, groups, _lines.File) { Model = yaml.Flag("model", false), Below = yaml.Text("below") };
    }

    private static CombinationRule Refuse(YamlMappingReader yaml, string key, string message, string fix)
    {
        yaml.Error(key, message, fix);
        return CombinationRule.Minimum;
    }

    private IEnumerable<YamlNode> Items(YamlNode? node, string key)
    {
        if (node is null) return [];
        if (node is YamlSequenceNode list) return list.Children;
        _diagnostics.Add(node.Locate(_lines, 1), $"{key} must be a list",
            $"write each item of {key} on its own '- name: …' line");
        return [];
    }

    private CriterionGroup Group(YamlNode node)
    {
        var yaml = new YamlMappingReader(node, GroupKeys, _lines, 1, _diagnostics, "group");
        var criteria = Items(yaml.Node("criteria"), "criteria").Select(n => Criterion(n, precondition: false)).ToList();
        return new CriterionGroup(yaml.Required("name", "分级评价指标"), Number(yaml, "weight") ?? 1, criteria);
    }

    private Criterion Criterion(YamlNode node, bool precondition)
    {
        var yaml = new YamlMappingReader(node, CriterionKeys, _lines, 1, _diagnostics, "criterion");
        var name = yaml.Required("name", "注册资本");
        var unit = yaml.Text("unit");
        if (unit is not null && !_units.Knows(unit))
            yaml.Error("unit", $"unknown unit '{unit}'",
                $"use a unit of {UnitTable.FileName}: {string.Join("、", _units.Units)}");
        var bareAtMost = yaml.Text("bare") switch
        {
            null or "at-least" => false,
            "at-most" => true,
            var other => Bad(yaml, "bare", $"unknown reading of a bare number '{other}'",
                "write bare: at-most or bare: at-least"),
        };
        var cells = yaml.List("cells").Select(c => Cell(c, bareAtMost, yaml)).ToList();
        if (precondition && Number(yaml, "at-least") is { } least)
            cells = [new Cell($"≥{least}", CellKind.AtLeast, least)];
        var descriptors = yaml.List("descriptors");
        var expect = yaml.Text("expect");
        ComputedValue? computed = null;
        if (yaml.Text("computed") is { } c)
        {
            if (Computed.TryGetValue(c, out var value)) computed = value;
            else yaml.Error("computed", $"unknown computed value '{c}'",
                $"use one of: {string.Join(", ", Computed.Keys)}");
        }
        var kinds = (cells.Count > 0 ? 1 : 0) + (descriptors.Count > 0 ? 1 : 0) + (expect is not null ? 1 : 0);
        if (kinds != 1)
            yaml.Error("name",
                $"'{name}' needs exactly one of cells, descriptors{(precondition ? ", at-least or expect" : "")}",
                precondition ? "write at-least: 2 with a unit, or expect: 是"
                    : "write cells: [√, √, ≥5, ≥50, ≥100] with a unit, or descriptors: one per level");
        else if (!precondition && cells.Count > 0 && cells.Count != _levelCount)
            yaml.Error("cells", $"'{name}' has {cells.Count} cells for {_levelCount} levels",
                "give one cell per level, — where the level does not assess it");
        else if (descriptors.Count > 0 && descriptors.Count != _levelCount)
            yaml.Error("descriptors", $"'{name}' has {descriptors.Count} descriptors for {_levelCount} levels",
                "write one descriptor per level");
        if (cells.Count > 0 && unit is null)
            yaml.Error("name", $"'{name}' has no unit", "write unit: 万元 (a unit of units.yaml)");
        return new Criterion(name, yaml.Location)
        {
            Clause = yaml.Text("source"), Unit = unit, Cells = cells, Descriptors = descriptors, Expect = expect,
            Aspects = yaml.List("aspects"), Weight = Number(yaml, "weight") ?? 1, Computed = computed,
            Survey = yaml.Text("survey"), Note = yaml.Text("note"), Evidence = yaml.List("evidence"),
            Except = yaml.List("except"),
        };
    }

    private static bool Bad(YamlMappingReader yaml, string key, string message, string fix)
    {
        yaml.Error(key, message, fix);
        return false;
    }

    private static Cell Cell(string typed, bool bareAtMost, YamlMappingReader yaml)
    {
        switch (typed)
        {
            case "—" or "-" or "－":
                return Schemes.Cell.NotAssessed;
            case "√" or "✓":
                return new Cell(typed, CellKind.Present, 0);
        }
        var kind = typed[0] switch { '≥' => CellKind.AtLeast, '≤' => CellKind.AtMost, _ => bareAtMost ? CellKind.AtMost
            : CellKind.AtLeast };
        var number = typed[0] is '≥' or '≤' ? typed[1..] : typed;
        if (double.TryParse(number.Replace(" ", ""), CultureInfo.InvariantCulture,
            out var limit)) return new Cell(typed, kind, limit);
        yaml.Error("cells", $"the cell '{typed}' is not a threshold",
            "write ≥50, ≤5, √ (must have) or — (not assessed)");
        return Schemes.Cell.NotAssessed;
    }

    private static double? Number(YamlMappingReader yaml, string key)
    {
        if (yaml.Text(key) is not { } text) return null;
        if (double.TryParse(text, CultureInfo.InvariantCulture, out var value) && value >= 0) return value;
        yaml.Error(key, $"'{key}' must be a number, not '{text}'", $"write {key}: 1");
        return null;
    }
}

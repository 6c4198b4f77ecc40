using StdKit.Model.Documents;
using System.Text.RegularExpressions;
using StdKit.Checker.Core;
using StdKit.Model.Body;
using StdKit.Model.Diagnostics;

namespace StdKit.Checker.Rules.References;

/// <summary>
/// A number typed in prose — "见图3", "按4.2", "见表A.1", "附录B", "第5章" — points at an object of that kind with that
/// number; where the prose also names the figure or table ("……结构图见图3"), the name matches the one numbered so.
/// </summary>
public sealed partial class TypedReferences : DocumentRule
{
    public override string Id => "GBT-R06";
    public override Severity Severity => Severity.Error;
    public override string Description => "文中写出的图、表、章条、附录编号指向存在且相符的对象";

    public override IEnumerable<Finding> Check(DocumentContext document)
    {
        var elements = document.Standard.Elements.ToList();
        var figures = elements.OfType<Figure>().ToDictionary(f => f.Number, f => f.Title);
        var tables = elements.OfType<Table>().ToDictionary(t => t.Number, t => t.Title ?? "");
        var clauses = elements.OfType<Clause>()
            .Select(c => c.Number)
            .Concat(elements.OfType<TermEntry>().Select(t => t.Number))
            .ToHashSet();
        var annexes = document.Standard.Annexes.Select(a => a.Letter).ToHashSet();
        var chapters = document.Standard.Chapters.Select(c => c.Number).ToHashSet();

        foreach (var unit in document.Units.Where(u => u.Kind is not (UnitKind.Heading or UnitKind.DocumentEntry)))
        {
            var text = unit.Text;
            foreach (Match m in FigureOrTable().Matches(text))
            {
                if (OwnedByDocument(text, m.Index)) continue;
                var figure = m.Groups["kind"].Value == "图";
                var number = m.Groups["number"].Value.Replace(" ", "");
                var targets = figure ? figures : tables;
                var kind = figure ? "图" : "表";
                if (!targets.TryGetValue(number, out var title))
                {
                    yield return Finding(unit,
                        $"{Quote.Around(text, m.Index, m.Length)}中的{kind}{number}不存在" +
                        $"（本文件有{Describe(kind, targets.Keys)}）",
                        $"用 [[id]] 引用{kind}，让编号自动生成；或改正编号");
                    continue;
                }
                if (NamedBefore(text, m.Index, kind) is { } named && Closest(named, targets) is { } best
                    && !best.Contains(number))
                    yield return Finding(unit,
                        $"{Quote.Around(text, m.Index - named.Length, named.Length + m.Length)}：" +
                        $"「{named}」是{kind}{string.Join("或" + kind, best)}，而{kind}{number}是「{title}」",
                        $"改为{kind}{string.Join("或" + kind, best)}，或用 [[id]] 引用");
            }
            foreach (Match m in Clause().Matches(text))
            {
                if (OwnedByDocument(text, m.Index)) continue;
                var number = m.Groups["number"].Value;
                if (!clauses.Contains(number))
                    yield return Finding(unit, $"{Quote.Around(text, m.Index, m.Length)}中的{number}不是本文件的章条编号",
                        "改正编号，或用 [[id]] 引用");
            }
            foreach (Match m in AnnexReference().Matches(text))
                if (!annexes.Contains(m.Groups["letter"].Value) && !OwnedByDocument(text, m.Index))
                    yield return Finding(unit,
                        $"{Quote.Around(text, m.Index, m.Length)}中的附录{m.Groups["letter"].Value}不存在",
                        "改正附录编号，或用 [[id]] 引用");
            foreach (Match m in Chapter().Matches(text))
                if (!chapters.Contains(m.Groups["number"].Value) && !OwnedByDocument(text, m.Index))
                    yield return Finding(unit,
                        $"{Quote.Around(text, m.Index, m.Length)}中的第{m.Groups["number"].Value}章不存在",
                        "改正章编号，或用 [[id]] 引用");
        }
    }

    /// <summary>"GB/T 19001—2016的5.2" points into another document, not into this one.</summary>
    private static bool OwnedByDocument(string text, int index) =>
        TypedNumbers.Find(text[..index]).LastOrDefault() is { } n
        && text[(n.Index + n.Text.Length)..index].Trim().TrimEnd('的').Trim().Length == 0;

    /// <summary>The name in front of "见图3", e.g. "服务基础标准体系结构图" in "服务基础标准体系结构图见图3".</summary>
    private static string? NamedBefore(string text, int index, string kind)
    {
        var before = text[..index];
        var m = NamePrefix().Match(before);
        return m.Success && m.Groups["name"].Value.EndsWith(kind, StringComparison.Ordinal)
            ? m.Groups["name"].Value
            : null;
    }

    /// <summary>The numbers whose titles are nearest to the name, or null when nothing is near.</summary>
    private static List<string>? Closest(string name, IReadOnlyDictionary<string, string> titles)
    {
        var scored = titles.Select(t => (t.Key, Distance: NearestName.Distance(name, t.Value))).ToList();
        var min = scored.Min(s => s.Distance);
        return min > name.Length / 2 ? null : scored.Where(s => s.Distance == min).Select(s => s.Key).ToList();
    }

    private static string Describe(string kind, IEnumerable<string> numbers)
    {
        var list = numbers.ToList();
        return list.Count == 0 ? $"没有{kind}" : string.Join("、", list.Select(n => kind + n));
    }

    // 图/表 alone, not the end of a word such as 代表 or 结构图; after 见, 如, 按 … it is always a reference.
    [GeneratedRegex(@"(?:(?<![\u4e00-\u9fff])|(?<=[见如按照据于在和与及由用、]))" +
        @"(?<kind>[图表])\s*(?<number>[A-Z]\s*\.\s*\d+|\d+)(?![\d.])")]
    private static partial Regex FigureOrTable();

    [GeneratedRegex(@"(?:见|按照|按|依据|参照|符合)\s*(?<number>\d+(?:\.\d+)+)(?![\d.])")]
    private static partial Regex Clause();

    [GeneratedRegex(@"附录\s*(?<letter>[A-Z])(?![A-Za-z])")]
    private static partial Regex AnnexReference();

    [GeneratedRegex(@"第\s*(?<number>\d+)\s*章")]
    private static partial Regex Chapter();

    [GeneratedRegex(@"(?<name>[\u4e00-\u9fff]+)(?:见|如)\s*$")]
    private static partial Regex NamePrefix();
}

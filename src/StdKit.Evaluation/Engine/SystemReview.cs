using StdKit.Build;
using StdKit.Checker.Core;
using StdKit.Checker.Rules.References;
using StdKit.Checker.Rules.Terms;
using StdKit.Evaluation.Facts;
using StdKit.Evaluation.Schemes;
using StdKit.Model.Diagnostics;
using StdKit.Model.Documents;

namespace StdKit.Evaluation.Engine;

/// <summary>A value computed from the agency's system, with what stands behind it.</summary>
public sealed record ComputedFigure(double? Value, IReadOnlyList<string> Details);

/// <summary>
/// The figures of the standards-system review (DB53/T 5.5.1) computed from the planned system, the catalogue and the
/// agency's records: trial months, completeness, consistency, currency and implementation (docs/evaluation.md).
/// </summary>
public static class SystemReview
{
    /// <summary>The checker rules that see a system as a whole: one term one definition, citations within it.</summary>
    private static readonly SystemRule[] SystemRules = [new ConflictingDefinitions(), new SystemReferences()];

    /// <param name="exempt">Framework categories completeness leaves out (the scheme's <c>except</c>).</param>
    public static IReadOnlyDictionary<ComputedValue, ComputedFigure> Compute(SystemPlan plan, Catalogue catalogue,
        AgencyFacts facts, IReadOnlyCollection<string> exempt)
    {
        var system = plan.System;
        var standards = plan.Outputs.Select(o => o.Printed).OfType<Standard>().ToList();
        var own = system.Members.Where(m => !m.Adopted).ToList();
        var inSystem = system.Members.Select(m => Key(m.Number)).ToHashSet(StringComparer.OrdinalIgnoreCase);

        var checks = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var diagnostics = new DiagnosticBag();
        foreach (var record in facts.Checks)
        {
            var member = own.FirstOrDefault(m => Same(m.Number, record.Standard));
            if (member is not null) checks[member.Number] = record.Count;
            else diagnostics.Add(record.Source, $"{record.Standard} is not a standard of the agency's own system",
                NearestName.Find(record.Standard, own.Select(m => m.Number)) is { } near ? $"did you mean {near}?"
                    : "give the number as the 标准明细表 prints it");
        }
        diagnostics.ThrowIfAny();

        var categories = system.Framework.Layers.SelectMany(l => l.Categories)
            .Where(c => !exempt.Contains(c.Name) || system.In(c).Any()).ToList();
        var empty = categories.Where(c => !system.In(c).Any()).ToList();

        var contexts = standards.Select(s => new DocumentContext(s)).ToList();
        // The rules run on the system directly: the post standards of one template share a file, which the linter
        // keys by.
        var consistency = SystemRules.SelectMany(r => r.Check(contexts)).Select(f => $"{f.Clause} {f.Message}")
            .ToList();
        var listed = contexts.SelectMany(c => c.ListedDocuments.Where(l => l.Number is not null)
            .Select(l => (Standard: c.Standard.Metadata.Number.ToString(), l.Number!, l.Catalogued))).ToList();
        consistency.AddRange(listed.Where(l => !inSystem.Contains(l.Item2.UndatedKey))
            .GroupBy(l => l.Item2.ToString()).Select(g =>
                $"{g.Key}被{string.Join("、", g.Select(l => l.Standard).Distinct())}规范性引用，但不在体系中，也未列为采用的标准"));

        var adopted = system.Members.Where(m => m.Adopted).Select(m => (Where: "采用", Entry: catalogue.Find(m.Number)));
        var cited = listed.Select(l => (Where: $"{l.Standard}引用", Entry: l.Catalogued));
        var currency = adopted.Concat(cited).Where(x => x.Entry?.Superseded == true)
            .GroupBy(x => x.Entry!.Key).Select(g =>
            {
                var entry = g.First().Entry!;
                var status = entry.ReplacedBy is { } by ? $"已被{by}代替" : $"已于{entry.WithdrawnOn}废止";
                return $"{entry.Number}{status}（{string.Join("、", g.Select(x => x.Where).Distinct())}）";
            }).ToList();

        var unchecked_ = own.Where(m => checks.GetValueOrDefault(m.Number) == 0)
            .Select(m => $"{m.Number} {m.Title}：无检查记录").ToList();
        return new Dictionary<ComputedValue, ComputedFigure>
        {
            [ComputedValue.TrialMonths] = new(Months(facts.TrialStart, facts.EvaluatedOn), facts.TrialStart is null
                ? ["未填报试运行开始日期（trial-start）"] : []),
            [ComputedValue.Completeness] = new(categories.Count == 0 ? null
                : 100.0 * (categories.Count - empty.Count) / categories.Count,
                empty.Select(c => $"{c.Code} {c.Name}：没有标准").ToList()),
            [ComputedValue.Consistency] = new(consistency.Count, consistency),
            [ComputedValue.Currency] = new(currency.Count, currency),
            [ComputedValue.Implementation] = new(own.Count == 0 ? null
                : 100.0 * (own.Count - unchecked_.Count) / own.Count, unchecked_),
        };
    }

    /// <summary>Whole months from the start of the trial to the evaluation.</summary>
    private static double? Months(DateOnly? start, DateOnly? end)
    {
        if (start is not { } s || end is not { } e) return null;
        var months = (e.Year - s.Year) * 12 + e.Month - s.Month - (e.Day < s.Day ? 1 : 0);
        return Math.Max(0, months);
    }

    private static string Key(string number) => DocumentNumber.TryParse(number, out var n) ? n.UndatedKey : number;

    private static bool Same(string a, string b) =>
        DocumentNumber.TryParse(a, out var x) && DocumentNumber.TryParse(b, out var y) ? x.Key == y.Key : a == b;
}

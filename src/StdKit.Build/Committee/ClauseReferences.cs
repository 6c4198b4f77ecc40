using System.Text.RegularExpressions;
using StdKit.Model.Body;
using StdKit.Model.Committee;
using StdKit.Model.Diagnostics;
using StdKit.Model.Documents;
using StdKit.Model.Metadata;

namespace StdKit.Build.Committee;

/// <summary>
/// What a comment's 标准章条编号 may name in one version of a standard — 全文, the cover and title, 目次, 前言, and every
/// numbered chapter, 条, term, list item, table, figure and annex it really has — each with its place in the document,
/// so comments can be checked against the text and sorted in its order.
/// </summary>
public sealed partial class ClauseReferences
{
    private static readonly string[] Whole = ["全文", "封面", "标准名称", "名称", "目次", "前言"];
    private readonly Dictionary<string, int> _order = new(StringComparer.Ordinal);
    private readonly Standard _standard;

    public ClauseReferences(Standard standard)
    {
        _standard = standard;
        foreach (var word in Whole) _order.TryAdd(word, _order.Count);
        foreach (var element in standard.Elements)
        {
            var label = element switch
            {
                Division d => d.Label,
                IReferenceTarget t => t.ReferenceLabel,
                _ => "",
            };
            if (label.Length > 0) _order.TryAdd(label, _order.Count);
        }
    }

    /// <summary>What a comment may name, in the order of the text: the whole ("全文", "前言" …), then every chapter,
    /// 条, table, figure and annex.</summary>
    public IReadOnlyList<string> Labels => _order.OrderBy(o => o.Value).Select(o => o.Key).ToList();

    /// <summary>The place of the first clause a reference names, for sorting; unknown references sort last.</summary>
    public int Position(string reference) =>
        Split(reference).Select(r => _order.TryGetValue(r, out var i) ? i : int.MaxValue)
            .DefaultIfEmpty(int.MaxValue).First();

    /// <summary>Reports every comment naming a clause this version does not have.</summary>
    public void Check(IEnumerable<Comment> comments, DiagnosticBag diagnostics)
    {
        var stage = $"{_standard.Metadata.Stage.ChineseName()} of {_standard.Metadata.Number}";
        foreach (var comment in comments.Where(c => c.Clause.Length > 0))
            foreach (var reference in Split(comment.Clause).Where(r => !_order.ContainsKey(r)))
            {
                var near = NearestName.Find(reference, _order.Keys);
                diagnostics.Add(comment.Source, $"标准章条编号 '{comment.Clause}': {reference} does not exist in the {stage}",
                    (near is null ? "" : $"did you mean {near}? ") +
                    "check the number against the text the comment was made on " +
                    $"({_standard.SourcePath}; stdkit outline lists it)");
            }
    }

    /// <summary>
    /// The references of a 标准章条编号 as the numbering prints them: "第5章" → "5", "5．3" → "5.3", "表 1" → "表1",
    /// "附录a" → "附录A", "6.2.1b）" → "6.2.1 b)"; several separated by 、 , ； or a range "5.1～5.3" (both ends).
    /// </summary>
    public static IReadOnlyList<string> Split(string clause)
    {
        var text = clause.Normalize(System.Text.NormalizationForm.FormKC).Replace('．', '.').Replace('）', ')');
        return Separators().Split(text).Select(Normalize).Where(r => r.Length > 0).ToList();
    }

    private static string Normalize(string reference)
    {
        var r = Regex.Replace(reference.Trim(), @"\s+", "");
        if (Chapter().Match(r) is { Success: true } chapter) return chapter.Groups[1].Value;
        r = r.TrimEnd('条', '章');
        if (r.StartsWith("附录", StringComparison.Ordinal)) return "附录" + r[2..].ToUpperInvariant();
        if (Item().Match(r) is { Success: true } item) return $"{item.Groups[1].Value} {item.Groups[2].Value})";
        return r;
    }

    [GeneratedRegex(@"[、,，;；/]|～|~|至")]
    private static partial Regex Separators();

    [GeneratedRegex(@"^第(\d+)章$")]
    private static partial Regex Chapter();

    [GeneratedRegex(@"^([A-Z]?[\d.]+\d)([a-z]|\d+)\)$")]
    private static partial Regex Item();
}

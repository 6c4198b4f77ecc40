using System.Text.RegularExpressions;
using StdKit.Model.Body;
using StdKit.Model.Documents;
using StdKit.Model.Metadata;

namespace StdKit.Generator.Composition;

/// <summary>
/// Composes the 前言 from metadata in the fixed wording and order of GB/T 1.1-2020 8.3: drafting basis, the drafter's
/// own items (relations, replacement, technical changes), international adoption, patent sentence, 提出 and 归口,
/// drafting units, drafters and edition history.
/// </summary>
public static partial class PrefaceComposer
{
    public const string DraftingBasis =
        "本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。";

    public const string PatentSentence = "请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。";

    public static IReadOnlyList<Block> Compose(Standard standard)
    {
        var m = standard.Metadata;
        var at = standard.Preface?.Source ?? new StdKit.Model.Diagnostics.SourceLocation(standard.SourcePath, 1);
        var blocks = new List<Block> { Text(at, DraftingBasis) };
        blocks.AddRange(PartSentences(m).Select(s => Text(at, s)));
        if (standard.Preface is { } preface) blocks.AddRange(preface.Blocks);
        if (m.Replaces.Count > 0
            && !(standard.Preface?.Blocks.OfType<Paragraph>().Any(p => p.Text.ToString().Contains("代替")) ?? false))
            blocks.Add(Text(at, $"本文件代替{string.Join("、", m.Replaces)}。"));
        if (m.Adoption is { } adoption) blocks.Add(Text(at, AdoptionSentence(adoption)));
        if (m.PatentNotice) blocks.Add(Text(at, PatentSentence));
        if (m.Proposer is not null && m.Proposer == m.Administrator) blocks.Add(Text(at, $"本文件由{m.Proposer}提出并归口。"));
        else
        {
            if (m.Proposer is { } proposer) blocks.Add(Text(at, $"本文件由{proposer}提出。"));
            if (m.Administrator is { } administrator) blocks.Add(Text(at, $"本文件由{administrator}归口。"));
        }
        if (m.DraftingUnits.Count > 0) blocks.Add(Text(at, $"本文件起草单位：{string.Join("、", m.DraftingUnits)}。"));
        if (m.Drafters.Count > 0) blocks.Add(Text(at, $"本文件主要起草人：{string.Join("、", m.Drafters)}。"));
        var editions = m.History.Count > 0 ? m.History : m.Replaces;
        blocks.Add(editions.Count == 0
            ? Text(at, "本文件为首次发布。")
            : Text(at, $"本文件及其所代替文件的历次版本发布情况为：{string.Join("；", editions)}。"));
        return blocks;
    }

    /// <summary>
    /// For a part ("…　第1部分：…"), its place in the series and the parts published (GB/T 1.1 8.3): "本文件是
    /// T/CASME 001《…》的第1部分。T/CASME 001已经发布了以下部分：" and one "——第N部分：…；" line per part.
    /// </summary>
    public static IEnumerable<string> PartSentences(StandardMetadata m)
    {
        if (PartTitle().Match(m.Title) is not { Success: true } part) yield break;
        var sequence = m.Number.Sequence;
        var dot = sequence.LastIndexOf('.');
        var series = $"{m.Number.Code} {(dot > 0 ? sequence[..dot] : sequence)}".Trim();
        yield return $"本文件是{series}《{part.Groups["series"].Value}》的第{part.Groups["number"].Value}部分。" +
            (m.Parts.Count > 0 ? $"{series}已经发布了以下部分：" : "");
        for (var i = 0; i < m.Parts.Count; i++)
            yield return $"——{m.Parts[i]}{(i == m.Parts.Count - 1 ? "。" : "；")}";
    }

    [GeneratedRegex(@"^(?<series>.+?)\u3000+第(?<number>\d+)部分：")]
    private static partial Regex PartTitle();

    /// <summary>"ISO 9001:2015, MOD" → 本文件修改采用ISO 9001:2015。 (IDT 等同, MOD 修改, NEQ 非等效).</summary>
    private static string AdoptionSentence(string adoption)
    {
        var parts = adoption.Split([',', '，'], 2, StringSplitOptions.TrimEntries);
        var document = parts[0];
        return (parts.Length > 1 ? parts[1].ToUpperInvariant() : "") switch
        {
            "IDT" => $"本文件等同采用{document}。",
            "MOD" => $"本文件修改采用{document}。",
            "NEQ" => $"本文件与{document}的一致性程度为非等效。",
            _ => $"本文件与{document}的一致性程度为{(parts.Length > 1 ? parts[1] : "")}。",
        };
    }

    private static Paragraph Text(StdKit.Model.Diagnostics.SourceLocation at, string text) =>
        new(at, InlineText.Plain(text));
}

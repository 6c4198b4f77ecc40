using System.Globalization;
using StdKit.Model.Body;
using StdKit.Model.Documents;

namespace StdKit.Model.Wording;

/// <summary>One keyword of the 索引 and the number of the entry or clause where it is defined.</summary>
public sealed record IndexEntry(string Keyword, string Number);

/// <summary>The keywords of the 索引 under one initial letter of their pinyin ("A", "B" …).</summary>
public sealed record IndexGroup(string Initial, IReadOnlyList<IndexEntry> Entries);

/// <summary>
/// 索引 (GB/T 1.1 8.14), the last element: the terms of the standard in pinyin order, each with its entry number,
/// grouped under the initial letter of the pinyin of their first character, as published standards set them (the
/// official template has a style for these letters, 标准文件_索引字母). Pinyin order is the zh-CN collation of ICU.
/// </summary>
public static class IndexEntries
{
    public const string Title = "索引";

    private static readonly CompareInfo Pinyin = CultureInfo.GetCultureInfo("zh-CN").CompareInfo;

    /// <summary>
    /// ICU's pinyin collation (CLDR) sorts "\uFDD0" + a letter just before the first Han character whose pinyin starts
    /// with that letter: the boundaries of its alphabetic index.
    /// </summary>
    private static readonly string[] Boundaries =
        Enumerable.Range(0, 26).Select(i => "\uFDD0" + (char)('A' + i)).ToArray();

    public static IReadOnlyList<IndexGroup> From(Standard standard) =>
        standard.Metadata.Index
            ? standard.Elements.OfType<TermEntry>().Where(t => t.Term.Length > 0)
                .Select(t => new IndexEntry(t.Term, t.Number))
                .Order(Comparer<IndexEntry>.Create((a, b) => Pinyin.Compare(a.Keyword, b.Keyword)))
                .GroupBy(e => Initial(e.Keyword))
                .Select(g => new IndexGroup(g.Key, g.ToList()))
                .ToList()
            : [];

    /// <summary>
    /// "F" for 服务, "I" for ISO; empty for a keyword that starts with neither a letter nor a Han character.
    /// </summary>
    public static string Initial(string keyword)
    {
        var first = keyword[0];
        if (char.IsAsciiLetter(first)) return char.ToUpperInvariant(first).ToString();
        if (first < 0x2E80) return "";
        var letter = Array.FindLastIndex(Boundaries, b => Pinyin.Compare(b, keyword[..1]) <= 0);
        return letter < 0 ? "" : Boundaries[letter][1..];
    }
}

using System.Globalization;
using StdKit.Model.Body;
using StdKit.Model.Documents;

namespace StdKit.Model.Wording;

/// <summary>One keyword of the 索引 and the number of the entry or clause where it is defined.</summary>
public sealed record IndexEntry(string Keyword, string Number);

/// <summary>
/// 索引 (GB/T 1.1 8.14), the last element: the terms of the standard in pinyin order, each with its entry number.
/// Pinyin order is the zh-CN collation of ICU.
/// </summary>
public static class IndexEntries
{
    public const string Title = "索引";

    private static readonly CompareInfo Pinyin = CultureInfo.GetCultureInfo("zh-CN").CompareInfo;

    public static IReadOnlyList<IndexEntry> From(Standard standard) =>
        standard.Metadata.Index
            ? standard.Elements.OfType<TermEntry>().Where(t => t.Term.Length > 0)
                .Select(t => new IndexEntry(t.Term, t.Number))
                .Order(Comparer<IndexEntry>.Create((a, b) => Pinyin.Compare(a.Keyword, b.Keyword)))
                .ToList()
            : [];
}

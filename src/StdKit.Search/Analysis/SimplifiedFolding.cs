using System.Globalization;
using Lucene.Net.Analysis.CharFilters;

namespace StdKit.Search.Analysis;

/// <summary>
/// Traditional characters folded to simplified (繁→简), character by character, so that 質量管理體系 finds 质量管理体系
/// and the other way round. Analysis.Common has no such filter (ICU is not available); the table comes from Unihan's
/// kSimplifiedVariant. A character that is also its own simplified form (乾) is left alone, and every pair is one
/// UTF-16 unit to one, so a folded text keeps its length and its offsets.
/// </summary>
public static class SimplifiedFolding
{
    private static readonly Lazy<Dictionary<char, char>> Table = new(Load);
    private static readonly Lazy<NormalizeCharMap> CharMap = new(() =>
    {
        var builder = new NormalizeCharMap.Builder();
        foreach (var (traditional, simplified) in Table.Value)
            builder.Add(traditional.ToString(), simplified.ToString());
        return builder.Build();
    });

    /// <summary>The map for a <see cref="MappingCharFilter"/> in front of a tokenizer.</summary>
    public static NormalizeCharMap Map => CharMap.Value;

    /// <summary>The text folded as the analyzer folds it, the same length.</summary>
    public static string Fold(string text)
    {
        var table = Table.Value;
        var first = 0;
        while (first < text.Length && !table.ContainsKey(text[first])) first++;
        // Most texts are simplified already: the text itself, not a copy.
        if (first == text.Length) return text;
        return string.Create(text.Length, (text, table, first), static (chars, state) =>
        {
            state.text.AsSpan(0, state.first).CopyTo(chars);
            for (var i = state.first; i < chars.Length; i++)
                chars[i] = state.table.TryGetValue(state.text[i], out var simplified) ? simplified : state.text[i];
        });
    }

    /// <summary>The text folded and in lower case, as the index holds a term. Han characters, digits and punctuation
    /// have no case: a text of them alone is returned as folded, not copied again.</summary>
    public static string FoldLower(string text)
    {
        var folded = Fold(text);
        foreach (var c in folded)
            if (!Caseless(c)) return folded.ToLowerInvariant();
        return folded;
    }

    private static bool Caseless(char c) => c < '\u0080'
        ? c is < 'A' or > 'Z'
        : Highlighting.MarkPattern.IsHan(c) || char.GetUnicodeCategory(c) is UnicodeCategory.SpaceSeparator
            or UnicodeCategory.DecimalDigitNumber or >= UnicodeCategory.ConnectorPunctuation
            and <= UnicodeCategory.OtherPunctuation or UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol;

    private static Dictionary<char, char> Load()
    {
        using var stream = typeof(SimplifiedFolding).Assembly.GetManifestResourceStream("TraditionalToSimplified.txt")
            ?? throw new InvalidOperationException(
                "the traditional-to-simplified table is not embedded in StdKit.Search");
        using var reader = new StreamReader(stream);
        var table = new Dictionary<char, char>();
        while (reader.ReadLine() is { } line)
            if (line.Length == 2 && line[0] != '#') table[line[0]] = line[1];
        return table;
    }
}

using System.Text;
using System.Text.RegularExpressions;

namespace StdKit.Search.Query;

/// <summary>
/// Numbers with a unit written in Chinese or Arabic numerals (三个月 and 3个月, 五年 and 5年): a query word of one
/// form also finds the other. Only numbers before a unit are converted: 统一 and 一次一评 keep their 一.
/// </summary>
public static partial class Numerals
{
    private const string Digits = "零一二两三四五六七八九";
    private const string Units = "个月|个工作日|个|年|月|周|天|日|小时|分钟|次|人|名|项|星|倍|家|份|级|类|种|层|万元|元|岁|条|页|张|台";

    /// <summary>The word with its numbers in the other form; null when it has no number before a unit.</summary>
    public static string? Variant(string word)
    {
        var chinese = ChineseNumber().Replace(word, m =>
            Parse(m.Groups["n"].Value) is { } n ? n + m.Groups["u"].Value : m.Value);
        if (chinese != word) return chinese;
        var arabic = ArabicNumber().Replace(word, m =>
            int.TryParse(m.Groups["n"].Value, out var n) && Write(n) is { } written
                ? written + m.Groups["u"].Value : m.Value);
        return arabic != word ? arabic : null;
    }

    /// <summary>Where a number with its unit stands in a run of Han characters: such a run is one word.</summary>
    public static IEnumerable<(int Start, int Length)> InHan(string run) =>
        ChineseNumber().Matches(run).Select(m => (m.Index, m.Length));

    /// <summary>一 … 九十九 and 一百 … 九百九十九; null for anything else.</summary>
    private static int? Parse(string text)
    {
        int total = 0, current = 0;
        foreach (var c in text)
        {
            // 两 stands between 二 and 三 in the list, as the other way of writing 2.
            var digit = c == '两' ? 2 : Digits.IndexOf(c) is var i and > 3 ? i - 1 : Digits.IndexOf(c);
            if (digit >= 0) current = digit;
            else if (c == '十') { total += (current == 0 ? 1 : current) * 10; current = 0; }
            else if (c == '百') { total += current * 100; current = 0; }
            else return null;
        }
        return total + current is > 0 and var n ? n : null;
    }

    /// <summary>1 … 99 in Chinese numerals; null beyond.</summary>
    private static string? Write(int n)
    {
        const string names = "〇一二三四五六七八九";
        if (n is < 1 or > 99) return null;
        var text = new StringBuilder();
        if (n >= 10) text.Append(n >= 20 ? $"{names[n / 10]}十" : "十");
        if (n % 10 > 0) text.Append(names[n % 10]);
        return text.ToString();
    }

    [GeneratedRegex($"(?<n>[{Digits}十百]+)(?<u>{Units})")]
    private static partial Regex ChineseNumber();

    [GeneratedRegex($@"(?<n>\d+)(?<u>{Units})")]
    private static partial Regex ArabicNumber();
}

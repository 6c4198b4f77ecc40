using System.Text.RegularExpressions;

namespace StdKit.Model.Documents;

/// <summary>
/// A document number (文件编号): code (文件代号), sequence number and, when dated, year — e.g. GB/T 19001—2016.
/// Keeps the text as typed, so a checker can still see a "-" where "—" belongs.
/// </summary>
public sealed partial record DocumentNumber(string Code, string Sequence, string? Year, string Typed)
{
    public bool IsDated => Year is not null;

    /// <summary>The kind of standard the code names (GB/T 1.1 8.6.3.2 order); null for ISO and IEC standards.</summary>
    public Metadata.DocumentType? Type => Code.Replace(" ", "") switch
    {
        "GB" or "GB/T" or "GB/Z" => Metadata.DocumentType.National,
        var c when c.StartsWith("DB", StringComparison.Ordinal) => Metadata.DocumentType.Local,
        var c when c.StartsWith("T/", StringComparison.Ordinal) => Metadata.DocumentType.Group,
        var c when c.StartsWith("Q/", StringComparison.Ordinal) => Metadata.DocumentType.Enterprise,
        var c when c.StartsWith("ISO", StringComparison.Ordinal)
            || c.StartsWith("IEC", StringComparison.Ordinal) => null,
        _ => Metadata.DocumentType.Industry,
    };

    /// <summary>The canonical form: code, a space, the sequence, "—" and the year (GB/T 1.1-2020 10.3.1).</summary>
    public override string ToString() => IsDated ? $"{Code} {Sequence}—{Year}" : $"{Code} {Sequence}";

    /// <summary>The same document without its year: what an undated reference names.</summary>
    public DocumentNumber Undated() => this with { Year = null, Typed = $"{Code} {Sequence}" };

    /// <summary>A comparison key that ignores width, spacing and dash variants: "GB/T19001-2016".</summary>
    public string Key => IsDated ? $"{CompactCode}{Sequence}-{Year}" : $"{CompactCode}{Sequence}";

    public string UndatedKey => $"{CompactCode}{Sequence}";

    private string CompactCode => Code.Replace(" ", "");

    public static bool TryParse(string text, out DocumentNumber number)
    {
        var folded = Fold(text);
        var match = Pattern().Match(folded);
        if (!match.Success)
        {
            number = null!;
            return false;
        }
        var year = match.Groups["year"].Success ? match.Groups["year"].Value : null;
        number = new DocumentNumber(match.Groups["code"].Value, match.Groups["seq"].Value, year, text.Trim());
        return true;
    }

    /// <summary>Finds a document number at the start of a typed entry such as "GB/T 4754-2017 国民经济行业分类".</summary>
    public static bool TryParsePrefix(string text, out DocumentNumber number, out string rest)
    {
        var match = PrefixPattern().Match(Fold(text));
        if (match.Success && TryParse(text[..match.Length], out number))
        {
            rest = text[match.Length..].Trim(' ', '\u3000', '\t');
            return true;
        }
        number = null!;
        rest = text;
        return false;
    }

    /// <summary>Folds full-width ASCII, case and dash variants so that typed numbers compare equal; keeps
    /// length.</summary>
    public static string Fold(string text) => string.Create(text.Length, text, static (chars, source) =>
    {
        for (var i = 0; i < chars.Length; i++) chars[i] = Fold(source[i]);
    });

    /// <summary>ASCII and Han, most of any text, are settled without a casing lookup.</summary>
    private static char Fold(char c) => c switch
    {
        >= 'a' and <= 'z' => (char)(c - 32),
        < '\u0080' or (>= '\u3400' and <= '\u9FFF') => c,
        >= '\uFF01' and <= '\uFF5E' => Fold((char)(c - 0xFEE0)),
        '\u3000' => ' ',
        '\u2014' or '\u2013' or '\u2012' or '\u2015' or '\uFE63' => '-',
        _ => char.ToUpperInvariant(c),
    };

    /// <summary>
    /// After the slash a code may hold digits (Q/JK12) when a space ends it; run into the sequence (GB/T31950), it
    /// ends at its last letter, so that the digits stay the sequence's.
    /// </summary>
    private const string Body = @"(?<code>[A-Z]+(?: ?\d+)?(?:/(?:[A-Z][A-Z0-9]*(?= )|[A-Z](?:[A-Z0-9]*[A-Z])?))?) ?" +
        @"(?<seq>[0-9X](?:[0-9X.]*[0-9X])?)(?: ?[-:] ?(?<year>\d{4}|X{4}))?";

    [GeneratedRegex("^" + Body + "$")]
    private static partial Regex Pattern();

    [GeneratedRegex("^" + Body + @"(?=$|[\s(（《])")]
    private static partial Regex PrefixPattern();
}

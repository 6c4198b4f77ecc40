using System.Text.RegularExpressions;

namespace StdKit.Model.Documents;

/// <summary>A document number typed in prose, e.g. "GB/T 19001-2016", with what exactly was typed.</summary>
public sealed record TypedNumber(int Index, string Text, string Code, string Sequence, string? Dash, string? Year)
{
    /// <summary>The comparison key without year: code without spaces plus sequence, upper case.</summary>
    public string UndatedKey => Code.Replace(" ", "").ToUpperInvariant() + Sequence;
}

/// <summary>Finds document numbers typed in running text: national, industry, local, group, enterprise, ISO and
/// IEC.</summary>
public static partial class TypedNumbers
{
    public static IEnumerable<TypedNumber> Find(string text)
    {
        foreach (Match m in Pattern().Matches(text))
        {
            yield return new TypedNumber(m.Index, m.Value, m.Groups["code"].Value, m.Groups["seq"].Value,
                m.Groups["dash"].Success ? m.Groups["dash"].Value : null,
                m.Groups["year"].Success ? m.Groups["year"].Value : null);
        }
    }

    [GeneratedRegex(@"(?<![A-Za-z])" +
        @"(?<code>GB(?:/[TZ])?|DB\s?\d{2}(?:\d{2})?(?:/T)?|[TQ]/[A-Z]{2,}|ISO(?:/IEC)?|IEC|[A-Z]{2,4}/T)\s*" +
        @"(?<seq>[0-9X]+(?:\.[0-9]+)*)(?:\s*(?<dash>[—\-–－:])\s*(?<year>\d{4}))?")]
    private static partial Regex Pattern();
}

using StdKit.Model.Text;
using StdKit.Model.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using StdKit.Model.Documents;

namespace StdKit.Search.Query;

/// <summary>A document a query names: one of these numbers (T/GDCMA alone may be one of several standards).</summary>
public sealed record DocumentChoice(IReadOnlyList<DocumentNumber> AnyOf);

/// <summary>
/// What a user typed, taken apart: quoted phrases, document numbers, clause numbers and the remaining words. Any text
/// is a query — there is no syntax to get wrong; only an empty or an overlong one is refused.
/// </summary>
public sealed partial record QueryText(IReadOnlyList<string> Phrases, IReadOnlyList<DocumentChoice> Documents,
    IReadOnlyList<string> ClauseNumbers, string Words)
{
    /// <summary>Longer than a long clause: pasting a whole clause still works, a whole document does not.</summary>
    public const int MaxLength = 500;

    private const string Quotes = "\"“”「」『』＂";

    /// <param name="known">The documents of the knowledge base, which settle numbers typed sloppily; null to take
    /// every number as typed.</param>
    public static QueryText Parse(string? text, KnownDocuments? known = null)
    {
        text = text is null ? null : TextHygiene.Scrub(text);
        if (string.IsNullOrWhiteSpace(text))
            throw new UserError("the query is empty", "give the words to look for, e.g. stdkit search 服务质量");
        if (text.Length > MaxLength)
            throw new UserError($"the query has {text.Length} characters; at most {MaxLength} are searched",
                "shorten it to the words that matter, or quote the phrase to find");
        var (phrases, rest) = SplitQuoted(Tidy(text));
        var documents = new List<DocumentChoice>();
        var clauses = new List<string>();
        var unquoted = new StringBuilder(rest);
        // Fold keeps the length, so the places found in the folded text are the places in the typed one.
        var folded = DocumentNumber.Fold(rest);
        foreach (var typed in TypedNumbers.Find(folded))
        {
            // A draft's number may carry a placeholder year (T/CASME 001—XXXX), which only the model's own pattern
            // reads; where that pattern takes the sequence for part of the code (GB19001 7.5, Q/YNSME30101 7.1), the
            // typed one is right.
            var prefixed = DocumentNumber.TryParsePrefix(folded[typed.Index..], out var number, out _)
                && number.Code.Replace(" ", "") == typed.Code.Replace(" ", "");
            if (!prefixed && !DocumentNumber.TryParse(typed.Text, out number)) continue;
            var length = Math.Max(number.Typed.Length, typed.Text.Length);
            var (resolved, clause) = known?.Resolve(number) ?? ([number], null);
            documents.Add(new DocumentChoice(resolved));
            if (clause is not null) clauses.Add(clause);
            unquoted.Remove(typed.Index, length).Insert(typed.Index, new string(' ', length));
        }
        var words = new List<string>();
        foreach (var word in unquoted.ToString()
                     .Split([' ', '\u3000', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
        {
            var foldedWord = DocumentNumber.Fold(word);
            var match = ClauseNumber().Match(foldedWord);
            if (match.Success) clauses.Add(match.Groups["number"].Value);
            // A sequence number typed alone (19001) is the document that has it, when the knowledge base knows one.
            else if (Sequence().IsMatch(foldedWord) && known?.WithSequence(foldedWord) is { Count: > 0 } bySequence)
                documents.Add(new DocumentChoice(bySequence));
            else if (known?.Find(foldedWord) is { } run) documents.Add(new DocumentChoice([run]));
            else words.Add(word);
        }
        return new QueryText(phrases, documents, clauses, string.Join(' ', words));
    }

    /// <summary>
    /// The query with the slips people make in numbers mended, so that the number patterns read them: the slash of
    /// GB/T or DB53/T left out (gbt 4754, DB53T1117), a sequence number run into the clause after it (19001第4章),
    /// spaces inside a clause number (第 4 章).
    /// </summary>
    private static string Tidy(string text)
    {
        var folded = DocumentNumber.Fold(text);
        var tidy = new StringBuilder(text.Length + 4);
        var last = 0;
        foreach (Match m in MissingSlash().Matches(folded))
        {
            tidy.Append(text, last, m.Index + m.Length - 1 - last).Append('/');
            last = m.Index + m.Length - 1;
        }
        tidy.Append(text, last, text.Length - last);
        var spaced = SpacedClause().Replace(tidy.ToString(), "${head}${number}${unit}");
        return ClauseRunTogether().Replace(RunTogether().Replace(spaced, "$1 "), "$1 $2");
    }

    /// <summary>A clause, table, figure or annex typed with spaces inside: 第 4 章, 表 1, 附录 B.</summary>
    [GeneratedRegex(@"(?<head>第|[表图]|附录)[ \u3000]+(?<number>(?:[A-Z]|\d+)(?:\.\d+)*)(?:[ \u3000]*(?<unit>[章条]))?")]
    private static partial Regex SpacedClause();

    [GeneratedRegex(@"(?<![A-Z])(?:GB|DB ?\d{2}(?:\d{2})?)T(?= ?\d)")]
    private static partial Regex MissingSlash();

    [GeneratedRegex(@"(\d{4,})(?=第)")]
    private static partial Regex RunTogether();

    /// <summary>A number run into the table or figure after it: 30601表3.</summary>
    [GeneratedRegex(@"(\d{4,})([表图附])")]
    private static partial Regex ClauseRunTogether();

    [GeneratedRegex(@"^\d{4,6}$")]
    private static partial Regex Sequence();

    /// <summary>Quoted parts (any quote mark closes any other); an unclosed quote leaves the rest as words.</summary>
    private static (List<string> Phrases, string Unquoted) SplitQuoted(string text)
    {
        var phrases = new List<string>();
        var rest = new StringBuilder();
        var open = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (!Quotes.Contains(text[i]))
            {
                if (open < 0) rest.Append(text[i]);
                continue;
            }
            if (open < 0) open = i;
            else
            {
                phrases.Add(text[(open + 1)..i]);
                open = -1;
            }
            rest.Append(' ');
        }
        if (open >= 0) rest.Append(' ').Append(text[(open + 1)..]);
        return (phrases, rest.ToString());
    }

    /// <summary>4.3.1, A.2, 第4章, 5.1.2条, 表1, 表A.1, 图2, 附录B — typed on their own.</summary>
    [GeneratedRegex(@"^(?:第?(?<number>(?:[A-Z]|\d+)(?:\.\d+)+|\d+)[章条]?"
                    + @"|(?<number>[表图](?:[A-Z]\.)?\d+(?:\.\d+)*|附录[A-Z]))$")]
    private static partial Regex ClauseNumber();
}

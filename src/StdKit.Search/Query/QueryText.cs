using System.Text;
using System.Text.RegularExpressions;
using StdKit.Model.Documents;

namespace StdKit.Search.Query;

/// <summary>
/// What a user typed, taken apart: quoted phrases, document numbers, clause numbers and the remaining words. Any text
/// is a query — there is no syntax to get wrong; only an empty or an overlong one is refused.
/// </summary>
public sealed partial record QueryText(IReadOnlyList<string> Phrases, IReadOnlyList<DocumentNumber> Documents,
    IReadOnlyList<string> ClauseNumbers, string Words)
{
    /// <summary>Longer than a long clause: pasting a whole clause still works, a whole document does not.</summary>
    public const int MaxLength = 500;

    private const string Quotes = "\"“”「」『』＂";

    public static QueryText Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            throw new SearchException("the query is empty", "give the words to look for, e.g. stdkit search 服务质量");
        if (text.Length > MaxLength)
            throw new SearchException($"the query has {text.Length} characters; at most {MaxLength} are searched",
                "shorten it to the words that matter, or quote the phrase to find");
        var (phrases, rest) = SplitQuoted(text);
        var documents = new List<DocumentNumber>();
        var unquoted = new StringBuilder(rest);
        // Fold keeps the length, so the places found in the folded text are the places in the typed one.
        var folded = DocumentNumber.Fold(rest);
        foreach (var typed in TypedNumbers.Find(folded))
        {
            // A draft's number may carry a placeholder year (T/CASME 001—XXXX), which only the model's own pattern reads.
            if (!DocumentNumber.TryParsePrefix(folded[typed.Index..], out var number, out _) && !DocumentNumber.TryParse(typed.Text, out number))
                continue;
            var length = Math.Max(number.Typed.Length, typed.Text.Length);
            documents.Add(number);
            unquoted.Remove(typed.Index, length).Insert(typed.Index, new string(' ', length));
        }
        var clauses = new List<string>();
        var words = new List<string>();
        foreach (var word in unquoted.ToString().Split([' ', '\u3000', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
        {
            var match = ClauseNumber().Match(DocumentNumber.Fold(word));
            if (match.Success) clauses.Add(match.Groups["number"].Value);
            else words.Add(word);
        }
        return new QueryText(phrases, documents, clauses, string.Join(' ', words));
    }

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
    [GeneratedRegex(@"^(?:第?(?<number>(?:[A-Z]|\d+)(?:\.\d+)+|\d+)[章条]?|(?<number>[表图](?:[A-Z]\.)?\d+(?:\.\d+)*|附录[A-Z]))$")]
    private static partial Regex ClauseNumber();
}

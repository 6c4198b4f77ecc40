using System.Reflection;
using StdKit.Search.Analysis;

namespace StdKit.Search.Query;

/// <summary>
/// The words of a question that are not what it is about (<c>QueryWords.txt</c>): fillers and question words
/// (多久, 哪些, 什么 …); words that ask for obligations (必须, 应该, 有什么要求 …), which make requirement clauses
/// rank first instead of having to stand in the text, and those that ask whether something may be done (能不能),
/// which a requirement answers too; question words that ask for a kind of answer (多久: a time, 几次: a frequency,
/// see <see cref="AnswerTypes"/>); and words that name a kind of answer (时限), which find the clauses that state
/// one.
/// </summary>
public static class QueryWordList
{
    private static readonly Lazy<Dictionary<string, HashSet<string>>> Lists = new(Load);

    private static readonly string[] AnswerKinds =
    [
        AnswerTypes.Time, AnswerTypes.Frequency, AnswerTypes.Money, AnswerTypes.People, AnswerTypes.Percent,
        AnswerTypes.Temperature, AnswerTypes.Grade, AnswerTypes.Place,
    ];

    /// <summary>The list of the words that name each kind of answer: named-time, named-frequency …</summary>
    private const string Named = "named-";

    public static IReadOnlySet<string> Filler => Lists.Value["filler"];

    /// <summary>Words that ask for obligations, and those that ask whether something may be done (能不能, 可以):
    /// a requirement answers both.</summary>
    public static IReadOnlySet<string> Obligation => Lists.Value["obligation"];

    public static bool IsFiller(string word) =>
        Filler.Contains(word) || Obligation.Contains(word) || AnswerTypeOf(word) is not null;

    /// <summary>The kind of answer a question word asks for; null for any other word.</summary>
    public static string? AnswerTypeOf(string word) =>
        AnswerKinds.FirstOrDefault(kind => Lists.Value[kind].Contains(word));

    /// <summary>The kind of answer a word of the query names (时限: a time); null for any other word.</summary>
    public static string? NamedAnswerOf(string word) =>
        AnswerKinds.FirstOrDefault(kind =>
            Lists.Value.TryGetValue(Named + kind, out var words) && words.Contains(word));

    private static Dictionary<string, HashSet<string>> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("QueryWords.txt")!;
        using var reader = new StreamReader(stream);
        var kinds = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            var colon = line.IndexOf(':');
            if (line.StartsWith('#') || colon < 0) continue;
            kinds[line[..colon]] = line[(colon + 1)..]
                .Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .ToHashSet(StringComparer.Ordinal);
        }
        kinds["obligation"].UnionWith(kinds["permission"]);
        return kinds;
    }
}

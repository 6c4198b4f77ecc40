using System.Reflection;

namespace StdKit.Search.Query;

/// <summary>
/// The words of a question that are not what it is about (<c>QueryWords.txt</c>): fillers and question words
/// (多久, 哪些, 什么 …), and words that ask for obligations (必须, 应该, 有什么要求 …), which make requirement clauses
/// rank first instead of having to stand in the text.
/// </summary>
public static class QueryWordList
{
    private static readonly Lazy<(HashSet<string> Filler, HashSet<string> Obligation)> Lists = new(Load);

    public static IReadOnlySet<string> Filler => Lists.Value.Filler;
    public static IReadOnlySet<string> Obligation => Lists.Value.Obligation;

    public static bool IsFiller(string word) => Filler.Contains(word) || Obligation.Contains(word);

    private static (HashSet<string>, HashSet<string>) Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("QueryWords.txt")!;
        using var reader = new StreamReader(stream);
        var kinds = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            var colon = line.IndexOf(':');
            if (line.StartsWith('#') || colon < 0) continue;
            kinds[line[..colon]] = line[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        }
        return (kinds["filler"], kinds["obligation"]);
    }
}

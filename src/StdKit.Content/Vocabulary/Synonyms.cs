using StdKit.Content.Reading;
using StdKit.Model.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace StdKit.Content.Vocabulary;

/// <summary>
/// The domain synonyms of <c>content/synonyms.yaml</c> (同义词) as directed pairs: a query word also finds each of
/// its alternatives. A group makes every word an alternative of every other; a one-way entry only from left to right.
/// </summary>
public sealed record Synonyms(IReadOnlyList<(string Word, string Alternative)> Pairs)
{
    public const string FileName = "synonyms.yaml";

    public static Synonyms None { get; } = new([]);

    private static readonly string[] Keys = ["groups", "one-way"];

    /// <summary>Reads the file; every mistake is reported with its line before anything is used.</summary>
    public static Synonyms Read(string path)
    {
        var lines = LineMap.Identity(path);
        var diagnostics = new DiagnosticBag();
        var root = new YamlMappingReader(YamlText.Load(SourceText.Read(path), lines, 1), Keys, lines, 1, diagnostics,
            "synonyms");
        var pairs = new List<(string, string)>();
        var grouped = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        if (root.Node("groups") is { } groups)
        {
            if (groups is not YamlSequenceNode list)
                diagnostics.Add(root.LocationOf("groups"), "groups must be a list",
                    "write one group a line: - [电脑, 计算机]");
            else
                foreach (var group in list.Children)
                {
                    var words = Words(group, lines, diagnostics, "a group");
                    if (words.Count == 1)
                        diagnostics.Add(group.Locate(lines, 1), $"the group of '{words[0]}' has no other word",
                            "give at least two words that mean the same, or delete the line");
                    foreach (var word in words)
                        if (!grouped.TryAdd(word, group.Locate(lines, 1)))
                            diagnostics.Add(group.Locate(lines, 1),
                                $"'{word}' is already in the group of line {grouped[word].Line}",
                                "keep each word in one group: merge the two groups");
                    pairs.AddRange(words.SelectMany(w => words.Where(o => o != w).Select(o => (w, o))));
                }
        }
        if (root.Node("one-way") is { } oneWay)
        {
            if (oneWay is not YamlMappingNode map)
                diagnostics.Add(root.LocationOf("one-way"), "one-way must be a mapping",
                    "write one entry a line: 跳槽: [离职]");
            else
            {
                var edges = new Dictionary<string, (List<string> To, SourceLocation At)>(StringComparer.Ordinal);
                foreach (var (key, value) in map.Children)
                {
                    var word = (key as YamlScalarNode)?.Value?.Trim() ?? "";
                    var at = key.Locate(lines, 1);
                    if (word.Length == 0)
                    {
                        diagnostics.Add(at, "a one-way entry without a word",
                            "write the word before the colon: 跳槽: [离职]");
                        continue;
                    }
                    var targets = Words(value, lines, diagnostics, $"the entry of '{word}'");
                    if (targets.Contains(word))
                        diagnostics.Add(at, $"'{word}' leads to itself", "delete it from its own list");
                    if (!edges.TryAdd(word, (targets, at)))
                        diagnostics.Add(at, $"'{word}' has a one-way entry already", "give all its words in one entry");
                    pairs.AddRange(targets.Where(t => t != word).Select(t => (word, t)));
                }
                foreach (var cycle in Cycles(edges.ToDictionary(e => e.Key, e => e.Value.To)))
                    diagnostics.Add(edges[cycle[0]].At,
                        $"one-way entries go round in a circle: {string.Join(" → ", cycle)} → {cycle[0]}",
                        "words that lead to each other mean the same: put them in one group under groups");
            }
        }
        diagnostics.ThrowIfAny();
        return new Synonyms(pairs.Distinct().ToList());
    }

    private static List<string> Words(YamlNode node, LineMap lines, DiagnosticBag diagnostics, string what)
    {
        if (node is not YamlSequenceNode list)
        {
            diagnostics.Add(node.Locate(lines, 1), $"{what} must be a list of words",
                "write the words in brackets: [电脑, 计算机]");
            return [];
        }
        var words = new List<string>();
        foreach (var item in list.Children)
        {
            var word = (item as YamlScalarNode)?.Value?.Trim() ?? "";
            if (word.Length == 0)
                diagnostics.Add(item.Locate(lines, 1), $"{what} has an empty word",
                    "delete the extra comma, or write the word");
            else if (words.Contains(word))
                diagnostics.Add(item.Locate(lines, 1), $"'{word}' stands twice in {what}", "write each word once");
            else words.Add(word);
        }
        return words;
    }

    /// <summary>Each cycle of the one-way graph once, starting at its first word in file order.</summary>
    private static IEnumerable<List<string>> Cycles(Dictionary<string, List<string>> edges)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in edges.Keys)
        {
            var path = new List<string>();
            if (Walk(start, path)) yield return path[path.IndexOf(path[^1])..^1];
            done.UnionWith(path);
        }

        bool Walk(string word, List<string> path)
        {
            if (path.Contains(word))
            {
                path.Add(word);
                return true;
            }
            if (done.Contains(word) || !edges.TryGetValue(word, out var next)) return false;
            path.Add(word);
            foreach (var to in next)
                if (Walk(to, path)) return true;
            path.RemoveAt(path.Count - 1);
            return false;
        }
    }
}

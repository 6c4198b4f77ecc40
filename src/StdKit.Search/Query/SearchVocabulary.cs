using System.Text.RegularExpressions;
using StdKit.Search.Analysis;
using StdKit.Search.Knowledge;

namespace StdKit.Search.Query;

/// <summary>A word a query word also finds, and how much less a match of it counts than the word itself.</summary>
public sealed record Alternative(string Text, float Weight);

/// <summary>
/// What the knowledge base teaches the query side: the words it is written in (terms, titles and the words that
/// recur in titles), the synonyms of <c>synonyms.yaml</c> joined by every term's English equivalent and
/// abbreviation, and the documents it knows. Read once per searcher; every word folded as the index folds it.
/// </summary>
public sealed partial class SearchVocabulary
{
    /// <summary>A synonym ranks below the word typed.</summary>
    public const float SynonymWeight = 0.6f;

    private readonly HashSet<string> _words = new(StringComparer.Ordinal);
    private readonly HashSet<string> _terms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Alternative>> _alternatives = new(StringComparer.Ordinal);

    public KnownDocuments Documents { get; }

    /// <summary>The longest word of the lexicon, in characters.</summary>
    public int LongestWord { get; private set; }

    private SearchVocabulary(KnownDocuments documents) => Documents = documents;

    public static SearchVocabulary Read(IKnowledgeBase kb)
    {
        var vocabulary = new SearchVocabulary(KnownDocuments.Read(kb));
        var titles = kb.Titles();
        foreach (var (term, english) in kb.VocabularyTerms())
        {
            vocabulary.AddWord(term);
            vocabulary._terms.Add(Fold(term.Trim()));
            if (english is not null) vocabulary.Equivalent(term, english);
        }
        foreach (var line in kb.AbbreviationLines())
            if (Abbreviation().Match(line) is { Success: true } m)
                vocabulary.Equivalent(m.Groups["short"].Value, m.Groups["long"].Value);
        foreach (var piece in titles.SelectMany(HanPieces)) vocabulary.AddWord(piece);
        foreach (var word in RecurringWords(titles)) vocabulary.AddWord(word);
        foreach (var (word, alternative) in kb.Synonyms()) vocabulary.AddAlternative(word, alternative);
        return vocabulary;
    }

    public bool IsWord(string folded) => _words.Contains(folded);

    /// <summary>The words that find other words too, folded.</summary>
    public IEnumerable<string> WordsWithAlternatives => _alternatives.Keys;

    /// <summary>Whether a standard defines the word as a term (术语).</summary>
    public bool IsTerm(string word) => _terms.Contains(Fold(word));

    /// <summary>What else a word finds: its synonyms and the equivalents of a term; none for most words.</summary>
    public IReadOnlyList<Alternative> AlternativesOf(string word) =>
        _alternatives.TryGetValue(Fold(word), out var list) ? list : [];

    /// <summary>
    /// The words of the lexicon that share the most characters with <paramref name="text"/>, for a hint.
    /// </summary>
    public IReadOnlyList<string> Nearest(string text, int count)
    {
        var characters = Fold(text).Where(char.IsLetterOrDigit).ToHashSet();
        if (characters.Count == 0) return [];
        return _words.Where(w => w.Length >= 2)
            .Select(w => (Word: w, Shared: w.Count(characters.Contains), Length: w.Length))
            .Where(w => w.Shared > 0)
            .OrderByDescending(w => (double)w.Shared / Math.Max(w.Length, characters.Count))
            .ThenBy(w => w.Length)
            .ThenBy(w => w.Word, StringComparer.Ordinal)
            .Take(count).Select(w => w.Word).ToList();
    }

    private void AddWord(string word)
    {
        var folded = Fold(word.Trim());
        if (folded.Length < 2) return;
        _words.Add(folded);
        LongestWord = Math.Max(LongestWord, folded.Length);
    }

    private void AddAlternative(string word, string alternative)
    {
        AddWord(word);
        AddWord(alternative);
        var list = _alternatives.TryGetValue(Fold(word), out var known) ? known : _alternatives[Fold(word)] = [];
        if (list.All(a => a.Text != alternative)) list.Add(new Alternative(alternative, SynonymWeight));
    }

    /// <summary>A term and its English equivalent or abbreviation find each other.</summary>
    private void Equivalent(string a, string b)
    {
        if (string.IsNullOrWhiteSpace(a) || string.IsNullOrWhiteSpace(b) || Fold(a) == Fold(b)) return;
        AddAlternative(a.Trim(), b.Trim());
        AddAlternative(b.Trim(), a.Trim());
    }

    private static string Fold(string text) => SimplifiedFolding.FoldLower(text);

    /// <summary>The runs of Han characters of a title: 服务满意度评价方法, 管理制度.</summary>
    private static IEnumerable<string> HanPieces(string title) => HanRun().Matches(title).Select(m => m.Value);

    /// <summary>Three- and four-character pieces that stand in three titles or more: 满意度, 服务机构.</summary>
    private static IEnumerable<string> RecurringWords(IEnumerable<string> titles)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var piece in titles.SelectMany(HanPieces).Distinct())
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var length = 3; length <= 4; length++)
                for (var i = 0; i + length <= piece.Length; i++)
                    if (seen.Add(piece.Substring(i, length)))
                        counts[piece.Substring(i, length)] = counts.GetValueOrDefault(piece.Substring(i, length)) + 1;
        }
        return counts.Where(c => c.Value >= 3).Select(c => c.Key);
    }

    [GeneratedRegex(@"[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]{2,}")]
    private static partial Regex HanRun();

    /// <summary>An abbreviation line of a 缩略语 clause: "VC：风险投资（Venture Capital）".</summary>
    [GeneratedRegex(@"^(?<short>[A-Za-z][A-Za-z0-9&/\-]{0,11})\s*[：:]\s*(?<long>[^（(；;。]+)")]
    private static partial Regex Abbreviation();
}

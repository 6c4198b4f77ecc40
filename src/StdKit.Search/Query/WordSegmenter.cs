using StdKit.Search.Analysis;
using StdKit.Search.Highlighting;

namespace StdKit.Search.Query;

/// <summary>
/// A piece of what was typed: a word to find, or a word of the question that need not stand in the text.
/// </summary>
public sealed record Segment(string Text, SegmentKind Kind);

public enum SegmentKind
{
    Word,
    /// <summary>多久, 哪些, 什么, 吗 …</summary>
    Filler,
    /// <summary>必须, 应该, 有什么要求 …: requirement clauses rank first.</summary>
    Obligation,
}

/// <summary>
/// Splits a run of Han characters into words, as a reader would, with the knowledge base's own lexicon: the split
/// that covers the run with the longest words wins (a word of n characters scores n², so one four-character word
/// beats two of two). Candidates are the words of <see cref="SearchVocabulary"/>, question and obligation words,
/// numbers with their unit (三个月), any two characters that stand side by side somewhere in the index, and single
/// characters. A query then asks for its words, not for the pairs of characters that straddle two of them (料要 of
/// 纸质材料要保存).
/// </summary>
/// <param name="documentFrequency">How many clauses have a character or a pair of characters side by side.</param>
/// <param name="documents">How many clauses there are.</param>
public sealed class WordSegmenter(SearchVocabulary vocabulary, Func<string, int> documentFrequency, int documents)
{
    /// <summary>
    /// How much more often than by chance two characters must stand together to count as a word (log₂ of the ratio)
    /// when one of them is a question word on its own: 需要 does, 前要 and 料要 (走访前要, 材料要) do not.
    /// </summary>
    private const double Association = 2;

    private const int LongestFiller = 6;

    /// <summary>A term in more than this share of the clauses tells them apart hardly at all.</summary>
    private const double CommonShare = 0.1;

    public IReadOnlyList<Segment> Split(string text)
    {
        var segments = new List<Segment>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && Class(text[i]) == Class(text[start])) continue;
            var run = text[start..i];
            if (run.Length > 0 && Class(run[0]) != CharClass.Separator)
                segments.AddRange(Class(run[0]) == CharClass.Han
                    ? SplitHan(run)
                    : [new Segment(run, SegmentKind.Word)]);
            start = i;
        }
        return Join(segments);
    }

    /// <summary>Whether a character or pair stands in so many clauses that it tells them apart hardly at all.</summary>
    public bool IsCommon(string word) => documentFrequency(word) > CommonShare * documents;

    private IEnumerable<Segment> SplitHan(string run)
    {
        var folded = SimplifiedFolding.Fold(run);
        var numbers = Numerals.InHan(folded).ToDictionary(n => n.Start, n => n.Length);
        var longest = Math.Max(vocabulary.LongestWord, LongestFiller);
        var best = new double[run.Length + 1];
        var from = new int[run.Length + 1];
        for (var end = 1; end <= run.Length; end++)
        {
            best[end] = double.NegativeInfinity;
            for (var begin = Math.Max(0, end - longest); begin < end; begin++)
            {
                var score = Score(
                    folded.Substring(begin, end - begin), numbers.GetValueOrDefault(begin) == end - begin);
                if (score > double.NegativeInfinity && best[begin] + score > best[end])
                    (best[end], from[end]) = (best[begin] + score, begin);
            }
        }
        var pieces = new List<Segment>();
        for (var end = run.Length; end > 0; end = from[end])
        {
            var word = run[from[end]..end];
            var fold = folded[from[end]..end];
            // A filler the synonym list gives a meaning (还: 归还) is a word too: 要还哪些东西 asks what to return.
            pieces.Add(new Segment(word, QueryWordList.Obligation.Contains(fold) ? SegmentKind.Obligation
                : QueryWordList.IsFiller(fold) && vocabulary.AlternativesOf(fold).Count == 0 ? SegmentKind.Filler
                : SegmentKind.Word));
        }
        pieces.Reverse();
        return pieces;
    }

    private double Score(string word, bool number)
    {
        var square = word.Length * (double)word.Length;
        if (number) return square + 2;
        // A question word wins a tie with a pair of characters that happens to stand in some text (多久).
        if (QueryWordList.IsFiller(word)) return square + 0.5;
        if (vocabulary.IsWord(word)) return square + 1;
        // Two characters found nowhere side by side stay one word (归档 is not 归 or 档), unless one of them is a
        // question word: 前要 of 走访前要准备 is 前 and 要.
        if (word.Length == 2)
        {
            var asks = QueryWordList.IsFiller(word[..1]) || QueryWordList.IsFiller(word[1..]);
            return documentFrequency(word) is var together and > 0
                ? !asks || Associated(word, together) ? square + Commonness(together) : 1.8
                : asks ? 1.8 : 2.5;
        }
        if (word.Length == 1) return documentFrequency(word) > 0 ? 1 : 0.5;
        return double.NegativeInfinity;
    }

    /// <summary>
    /// A little more for a pair that stands in more clauses, to settle splits of equal length: 走访|企业|前 over
    /// 走|访企|业前, where 走访 is far commoner than 访企 and 业前. Always less than a character's worth.
    /// </summary>
    private double Commonness(int together) => 0.1 * Math.Log2(1 + together) / Math.Log2(2 + documents);

    /// <summary>Whether a pair with a question word in it (前要, 料要) is a word of its own: rare pairs of common
    /// characters are words (保荐) only where no question word offers a better split.</summary>
    private bool Associated(string pair, int together) =>
        Math.Log2((double)together * documents
                  / (documentFrequency(pair[..1]) * (double)documentFrequency(pair[1..]))) >= Association;

    /// <summary>A number and the unit after it are one word: 5年, 30个工作日.</summary>
    private static List<Segment> Join(List<Segment> segments)
    {
        var joined = new List<Segment>();
        foreach (var segment in segments)
        {
            if (joined.Count > 0 && joined[^1] is { Kind: SegmentKind.Word } last && last.Text.All(char.IsAsciiDigit)
                && Numerals.Variant(last.Text + segment.Text) is not null)
                joined[^1] = new Segment(last.Text + segment.Text, SegmentKind.Word);
            else joined.Add(segment);
        }
        return joined;
    }

    private enum CharClass { Han, Other, Separator }

    /// <summary>Latin letters and digits (with the dots and signs of 0.5 and 80%) make a word of their own.</summary>
    private static CharClass Class(char c) => MarkPattern.IsHan(c) ? CharClass.Han
        : char.IsLetterOrDigit(c) || c is '.' or '%' or '％' or '/' or '-' ? CharClass.Other : CharClass.Separator;

}

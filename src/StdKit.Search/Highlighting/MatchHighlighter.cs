using Lucene.Net.Index;
using Lucene.Net.Search;
using StdKit.Search.Analysis;
using StdKit.Search.Index;

namespace StdKit.Search.Highlighting;

/// <summary>
/// Marks what a query matched in its hits without the Highlighter package and without analysing the texts again.
/// A run of Han characters is found in the text itself; any other term (Latin, numbers, a phrase typed with a space)
/// is read with its positions and offsets from the body postings, and the runs that form a <see cref="MarkPattern"/>
/// in sequence are kept; cited documents are found by <see cref="DocumentMarks"/>. Ranges that overlap or touch are
/// merged (bigrams 质量 [0,2) and 量管 [1,3) mark [0,3)). Occurrences in the title, the field's second value, lie
/// beyond the text and are not marked.
/// </summary>
public static class MatchHighlighter
{
    /// <summary>The ranges of each hit's text, in the order of <paramref name="hits"/>.</summary>
    public static IReadOnlyList<TextRange>[] Ranges(
        IndexReader reader, Marking marking, IReadOnlyList<(int Doc, string Text)> hits)
    {
        var runs = marking.Terms.Where(p => p.HanRun is not null).ToList();
        var read = marking.Terms.Where(p => p.HanRun is null).ToList();
        var terms = read
            .SelectMany(p => p.Tokens)
            .Select(t => t.Term)
            .Distinct()
            .ToList();
        // Most queries are Han runs only: no postings to read.
        var occurrences = read.Count > 0 ? Occurrences(reader, terms, hits) : null;
        return hits.Select((hit, i) =>
        {
            var marks = new List<TextRange>();
            foreach (var pattern in read) marks.AddRange(Marks(pattern, occurrences![i]));
            if (runs.Count > 0)
            {
                var folded = SimplifiedFolding.Fold(hit.Text);
                foreach (var pattern in runs) AddRunMarks(marks, pattern, folded);
            }
            marks.AddRange(DocumentMarks.In(hit.Text, marking.Documents));
            return Merge(marks);
        }).ToArray();
    }

    /// <summary>
    /// A run of Han characters needs no postings: each Han character is a token of its own and any two side by side a
    /// bigram, so the run's terms stand in sequence exactly where the run stands in the text, folded as the index folds
    /// it (traditional to simplified, same length).
    /// </summary>
    private static void AddRunMarks(List<TextRange> marks, MarkPattern pattern, string folded)
    {
        var run = pattern.HanRun!;
        var before = marks.Count;
        Find(marks, folded, run);
        if (marks.Count > before || pattern.SequenceOnly || run.Length <= 2) return;
        if (pattern.Words is { Count: > 1 } words)
            foreach (var word in words) Find(marks, folded, word);
        else
            for (var i = 0; i + 1 < run.Length; i++) Find(marks, folded, run.AsSpan(i, 2));
    }

    private static void Find(List<TextRange> marks, string text, ReadOnlySpan<char> run)
    {
        for (var from = 0; from < text.Length;)
        {
            var at = text.AsSpan(from).IndexOf(run);
            if (at < 0) return;
            marks.Add(new TextRange(from + at, from + at + run.Length));
            from += at + 1;
        }
    }

    private readonly record struct Occurrence(int Position, int Start, int End);

    /// <summary>
    /// Where each term stands in each hit's text, read from the postings leaf by leaf, hits in doc order.
    /// </summary>
    private static Dictionary<string, List<Occurrence>>[] Occurrences(
        IndexReader reader, IReadOnlyList<string> terms, IReadOnlyList<(int Doc, string Text)> hits)
    {
        var found = hits.Select(_ => new Dictionary<string, List<Occurrence>>(StringComparer.Ordinal)).ToArray();
        var leaves = reader.Leaves;
        var byLeaf = Enumerable.Range(0, hits.Count).GroupBy(i => ReaderUtil.SubIndex(hits[i].Doc, leaves));
        foreach (var group in byLeaf)
        {
            var leaf = leaves[group.Key];
            var ordered = group.OrderBy(i => hits[i].Doc).ToList();
            foreach (var term in terms)
            {
                var postings = leaf.AtomicReader.GetTermPositionsEnum(new Term(ClauseFields.Body, term));
                if (postings is null) continue;
                foreach (var i in ordered)
                {
                    var doc = hits[i].Doc - leaf.DocBase;
                    if (postings.DocID < doc && postings.Advance(doc) == DocIdSetIterator.NO_MORE_DOCS) break;
                    if (postings.DocID != doc) continue;
                    var list = new List<Occurrence>(postings.Freq);
                    for (var n = 0; n < postings.Freq; n++)
                    {
                        var position = postings.NextPosition();
                        if (postings.EndOffset <= hits[i].Text.Length)
                            list.Add(new Occurrence(position, postings.StartOffset, postings.EndOffset));
                    }
                    found[i][term] = list;
                }
            }
        }
        return found;
    }

    private static IEnumerable<TextRange> Marks(MarkPattern pattern, Dictionary<string, List<Occurrence>> occurrences)
    {
        var tokens = pattern.Tokens;
        List<Occurrence> At(int i) => occurrences.GetValueOrDefault(tokens[i].Term) ?? [];
        var runs = new List<TextRange>();
        foreach (var first in At(0))
        {
            var (run, previous) = (new TextRange(first.Start, first.End), first);
            for (var i = 1; i < tokens.Count && run.Length > 0; i++)
            {
                var expected = first.Position + tokens[i].Position - tokens[0].Position;
                var touches = tokens[i].Start == tokens[i - 1].End;
                var next = At(i).FirstOrDefault(o => o.Position == expected && (!touches || o.Start == previous.End));
                (run, previous) = next.End > 0
                    ? (new TextRange(run.Start, Math.Max(run.End, next.End)), next)
                    : (default, next);
            }
            if (run.Length > 0) runs.Add(run);
        }
        if (runs.Count > 0 || pattern.SequenceOnly) return runs;
        return tokens.SelectMany((_, i) => At(i)).Select(o => new TextRange(o.Start, o.End));
    }

    private static List<TextRange> Merge(List<TextRange> marks)
    {
        marks.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        var ranges = new List<TextRange>(marks.Count);
        foreach (var mark in marks)
        {
            if (ranges.Count > 0 && mark.Start <= ranges[^1].End)
                ranges[^1] = new TextRange(ranges[^1].Start, Math.Max(ranges[^1].End, mark.End));
            else ranges.Add(mark);
        }
        return ranges;
    }
}

using System.Text;

namespace StdKit.Search.Highlighting;

/// <summary>
/// The part of a clause text worth showing: the window with the most marked characters, in runs marked or not, with
/// "…" where the text goes on.
/// </summary>
public static class Snippet
{
    private const int Context = 16;
    private const string Ellipsis = "…";

    /// <summary>The snippet as one line, matches bracketed: for a terminal.</summary>
    public static string Mark(
        string text, IReadOnlyList<TextRange> ranges, int width = 120, string open = "【", string close = "】")
    {
        var sb = new StringBuilder();
        foreach (var run in Runs(text, ranges, width))
        {
            if (run.Marked) sb.Append(open);
            sb.Append(run.Source, run.Start, run.Length);
            if (run.Marked) sb.Append(close);
        }
        return sb.Replace('\n', ' ').ToString();
    }

    /// <summary>The snippet in runs of the text (or of "…"), each marked where the query matched: what a page writes
    /// without copying the text.</summary>
    public static IEnumerable<SnippetRun> Runs(string text, IReadOnlyList<TextRange> ranges, int width = 120)
    {
        var start = text.Length <= width ? 0 : BestStart(text, ranges, width);
        var end = Math.Min(text.Length, start + width);
        if (start > 0) yield return new SnippetRun(Ellipsis, 0, Ellipsis.Length, false);
        var at = start;
        foreach (var range in ranges)
        {
            if (range.End <= start || range.Start >= end) continue;
            var from = Math.Max(range.Start, start);
            var to = Math.Min(range.End, end);
            if (from > at) yield return new SnippetRun(text, at, from - at, false);
            yield return new SnippetRun(text, from, to - from, true);
            at = to;
        }
        if (end > at) yield return new SnippetRun(text, at, end - at, false);
        if (end < text.Length) yield return new SnippetRun(Ellipsis, 0, Ellipsis.Length, false);
    }

    /// <summary>Starts a little before a match, at the place whose window covers the most marked characters.</summary>
    private static int BestStart(string text, IReadOnlyList<TextRange> ranges, int width)
    {
        var best = 0;
        var bestCovered = -1;
        var candidates = ranges
            .Select(r => Math.Clamp(r.Start - Context, 0, text.Length - width))
            .Prepend(0)
            .Distinct();
        foreach (var candidate in candidates)
        {
            var covered = ranges.Sum(r =>
                Math.Max(0, Math.Min(r.End, candidate + width) - Math.Max(r.Start, candidate)));
            if (covered > bestCovered) (best, bestCovered) = (candidate, covered);
        }
        return best;
    }
}

/// <summary>Characters <paramref name="Start"/> to <paramref name="Start"/> + <paramref name="Length"/> of
/// <paramref name="Source"/>, marked or not.</summary>
public readonly record struct SnippetRun(string Source, int Start, int Length, bool Marked);

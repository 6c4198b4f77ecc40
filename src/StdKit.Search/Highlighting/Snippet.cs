using System.Text;

namespace StdKit.Search.Highlighting;

/// <summary>
/// The part of a clause text worth showing: the window with the most marked characters, matches bracketed.
/// </summary>
public static class Snippet
{
    private const int Context = 16;

    public static string Mark(
        string text, IReadOnlyList<TextRange> ranges, int width = 120, string open = "【", string close = "】")
    {
        var start = text.Length <= width ? 0 : BestStart(text, ranges, width);
        var end = Math.Min(text.Length, start + width);
        var sb = new StringBuilder();
        if (start > 0) sb.Append('…');
        var at = start;
        foreach (var range in ranges.Where(r => r.End > start && r.Start < end))
        {
            var from = Math.Max(range.Start, start);
            var to = Math.Min(range.End, end);
            sb.Append(text, at, from - at).Append(open).Append(text, from, to - from).Append(close);
            at = to;
        }
        sb.Append(text, at, end - at);
        if (end < text.Length) sb.Append('…');
        return sb.ToString().Replace('\n', ' ');
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

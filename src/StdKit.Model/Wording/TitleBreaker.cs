namespace StdKit.Model.Wording;

/// <summary>
/// Breaks a title element longer than a line (a cover title line holds about 18 characters) where a reader would:
/// after 、，：, before a conjunction (和 与 及 或) or after 的, or else between two words of <c>TitleWords.txt</c>;
/// never inside a word, a number or a run of Latin letters, never before closing punctuation, and never leaving one
/// character on a line. Among the breaks that fit, lines of about equal length win, the longer first.
/// </summary>
public static class TitleBreaker
{
    private static readonly Lazy<HashSet<string>> Lexicon = new(ReadLexicon);

    /// <summary>The element as lines of at most <paramref name="width"/> ems (Latin letters and digits half).</summary>
    /// <param name="names">Words to keep whole beside those of the list, such as the name of an agency.</param>
    public static IReadOnlyList<string> Lines(string element, double width, IReadOnlyCollection<string>? names = null)
    {
        if (Width(element) <= width || element.Length < 4) return [element];
        var pieces = Pieces(element, names ?? []);
        var best = new List<string>();
        var bestCost = double.PositiveInfinity;
        // The fewest lines the element fits on, or one more where no break fits so few.
        var least = (int)Math.Ceiling(Width(element) / width);
        for (var lines = least; lines <= least + 1 && best.Count == 0; lines++)
            Search(pieces, 0, lines, width, Width(element) / lines, [], 0, ref best, ref bestCost);
        return best.Count > 0 ? best : [element];
    }

    /// <summary>Tries every choice of breaks between pieces, depth-first: a title has a few dozen at most.</summary>
    private static void Search(IReadOnlyList<Piece> pieces, int from, int lines, double width, double even,
        List<string> chosen, double cost, ref List<string> best, ref double bestCost)
    {
        if (cost >= bestCost) return;
        if (lines == 1)
        {
            var last = string.Concat(pieces.Skip(from).Select(p => p.Text));
            if (!Fits(last, width)) return;
            var total = cost + Balance(last, even, chosen.LastOrDefault());
            if (total < bestCost) (best, bestCost) = ([.. chosen, last], total);
            return;
        }
        var line = "";
        for (var i = from; i < pieces.Count - 1; i++)
        {
            line += pieces[i].Text;
            if (Width(line) > width) break;
            var breakCost = BreakCost(pieces[i], pieces[i + 1]);
            if (!Fits(line, width) || double.IsPositiveInfinity(breakCost)) continue;
            chosen.Add(line);
            Search(pieces, i + 1, lines - 1, width, even, chosen,
                cost + breakCost + Balance(line, even, chosen.Count > 1 ? chosen[^2] : null), ref best, ref bestCost);
            chosen.RemoveAt(chosen.Count - 1);
        }
    }

    private static bool Fits(string line, double width) => line.Length >= 2 && Width(line) <= width;

    /// <summary>
    /// A line far from an even share costs the square of the difference; a line longer than the one above, a little.
    /// </summary>
    private static double Balance(string line, double even, string? above) =>
        Math.Pow(Width(line) - even, 2) + (above is not null && Width(line) > Width(above) ? 0.5 : 0);

    /// <summary>What a break between two pieces costs: 0 after 、，：, more the less sure the place.</summary>
    private static double BreakCost(Piece before, Piece after)
    {
        var last = before.Text[^1];
        var next = after.Text[0];
        if ("、，,：:；;）)》」』”’。".Contains(next) || "（(《「『“‘".Contains(last)) return double.PositiveInfinity;
        if ("、，,：:；;".Contains(last)) return 0;
        if ("（(《「『“".Contains(next)) return 1;
        if (after.Text is "和" or "与" or "及" or "或" or "暨" || last == '的') return 2;
        return before.Known && after.Known ? 4 : 8;
    }

    /// <summary>
    /// The element cut into words (the longest cover wins, as a reader reads it), runs of Latin letters and digits,
    /// and single characters that are no word of the lexicon.
    /// </summary>
    private static List<Piece> Pieces(string element, IReadOnlyCollection<string> names)
    {
        var words = Lexicon.Value;
        var n = element.Length;
        var best = new double[n + 1];
        var from = new int[n + 1];
        for (var end = 1; end <= n; end++)
        {
            best[end] = double.NegativeInfinity;
            for (var begin = 0; begin < end; begin++)
            {
                var piece = element[begin..end];
                var score = piece.Length == 1 ? 1
                    : words.Contains(piece) || names.Contains(piece) ? piece.Length * (double)piece.Length + 1
                    : piece.All(IsHalfWidth) && Whole(element, begin, end) ? piece.Length * (double)piece.Length
                    : double.NegativeInfinity;
                if (best[begin] + score > best[end]) (best[end], from[end]) = (best[begin] + score, begin);
            }
        }
        var pieces = new List<Piece>();
        for (var end = n; end > 0; end = from[end])
        {
            var text = element[from[end]..end];
            pieces.Add(new Piece(text, text.Length > 1 || words.Contains(text)));
        }
        pieces.Reverse();
        return pieces;
    }

    /// <summary>A run of Latin letters and digits is one piece only as a whole: "5G", "ISO 9001".</summary>
    private static bool Whole(string text, int begin, int end) =>
        (begin == 0 || !IsHalfWidth(text[begin - 1])) && (end == text.Length || !IsHalfWidth(text[end]));

    private static bool IsHalfWidth(char c) => c < 0x2E80 && !char.IsWhiteSpace(c) || c == ' ';

    /// <summary>The width in ems: Han and full-width characters one, Latin letters, digits and spaces a half.</summary>
    public static double Width(string text) => text.Sum(c => c < 0x2E80 ? 0.5 : 1);

    private static HashSet<string> ReadLexicon()
    {
        using var stream = typeof(TitleBreaker).Assembly.GetManifestResourceStream("TitleWords.txt")!;
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
            if (!line.StartsWith('#'))
                words.UnionWith(line.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return words;
    }

    /// <param name="Known">A word of the lexicon or a run of letters and digits, not a character on its own.</param>
    private sealed record Piece(string Text, bool Known);
}

namespace StdKit.Model.Wording;

/// <summary>
/// Breaks a title element longer than a line (a cover title line holds about 18 characters) where a reader would:
/// after 、，：, before a conjunction (和 与 及 或) or after 的, or else between two words of <c>TitleWords.txt</c>;
/// never inside a word, a number or a run of Latin letters, never before closing punctuation, and never leaving one
/// character on a line. Among the breaks that fit, lines of about equal length win.
/// </summary>
public static class TitleBreaker
{
    private static readonly Lazy<HashSet<string>> Lexicon = new(ReadLexicon);

    /// <summary>
    /// Beyond this many lines an element is no title but a paragraph: it is left to the word processor to wrap.
    /// </summary>
    private const int MostLines = 6;

    /// <summary>The element as lines of at most <paramref name="width"/> ems (Latin letters and digits half).</summary>
    /// <param name="names">Words to keep whole beside those of the list, such as the name of an agency.</param>
    public static IReadOnlyList<string> Lines(string element, double width, IReadOnlyCollection<string>? names = null)
    {
        var least = (int)Math.Ceiling(Width(element) / width);
        if (least <= 1 || least > MostLines || element.Length < 4) return [element];
        var pieces = Pieces(element, names ?? []);
        // The fewest lines the element fits on, or one more where no break fits so few.
        return Layout(pieces, least, width) ?? Layout(pieces, least + 1, width) ?? [element];
    }

    /// <summary>
    /// The cheapest way to set the pieces on exactly <paramref name="lines"/> lines, by dynamic programming over the
    /// line and the piece that ends it; null when no break fits.
    /// </summary>
    private static List<string>? Layout(IReadOnlyList<Piece> pieces, int lines, double width)
    {
        var n = pieces.Count;
        var even = pieces.Sum(p => Width(p.Text)) / lines;
        // cost[k, i]: the first i pieces on k lines; from[k, i]: where the k-th of those lines starts.
        var cost = new double[lines + 1, n + 1];
        var from = new int[lines + 1, n + 1];
        for (var k = 0; k <= lines; k++)
            for (var i = 0; i <= n; i++)
                cost[k, i] = k == 0 && i == 0 ? 0 : double.PositiveInfinity;
        for (var k = 1; k <= lines; k++)
            for (var i = 1; i <= n; i++)
            {
                var line = "";
                // The line grows a piece at a time: of two equal choices the shorter last line wins.
                for (var j = i - 1; j >= 0; j--)
                {
                    line = pieces[j].Text + line;
                    if (Width(line) > width) break;
                    if (double.IsPositiveInfinity(cost[k - 1, j]) || line.Length < 2) continue;
                    var step = cost[k - 1, j] + Balance(line, even)
                        + (j > 0 ? BreakCost(pieces[j - 1], pieces[j]) : 0);
                    if (step < cost[k, i]) (cost[k, i], from[k, i]) = (step, j);
                }
            }
        if (double.IsPositiveInfinity(cost[lines, n])) return null;
        var result = new List<string>();
        for (int k = lines, i = n; k > 0; i = from[k, i], k--)
            result.Add(string.Concat(pieces.Skip(from[k, i]).Take(i - from[k, i]).Select(p => p.Text)));
        result.Reverse();
        return result;
    }

    /// <summary>A line far from an even share costs the square of the difference.</summary>
    private static double Balance(string line, double even) => Math.Pow(Width(line) - even, 2);

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

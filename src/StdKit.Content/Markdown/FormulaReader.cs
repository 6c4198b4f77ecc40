using System.Text;
using StdKit.Model.Body;

namespace StdKit.Content.Markdown;

/// <summary>
/// Reads the simple formula syntax (docs/content-format.md §2.12), after AsciiMath: <c>a/b</c> a fraction,
/// <c>x^2</c> and <c>x_i</c> scripts, <c>sqrt(x)</c> a root, <c>sum_(i=1)^n</c> a sum, <c>{…}</c> an invisible group;
/// round brackets right after <c>/ ^ _ sqrt</c> only group and are not printed. Letters are variables (italic), except
/// function names such as lg; Chinese words and numbers are upright; <c>*</c>, <c>&lt;=</c>, <c>&gt;=</c>, <c>!=</c>,
/// <c>+-</c> print as ×, ≤, ≥, ≠, ±.
/// </summary>
public sealed class FormulaReader
{
    private static readonly Dictionary<string, string> Symbols = new(StringComparer.Ordinal)
    {
        ["*"] = "×", ["times"] = "×", ["div"] = "÷", ["cdot"] = "·", ["<="] = "≤", [">="] = "≥", ["!="] = "≠",
        ["+-"] = "±", ["-"] = "−", ["approx"] = "≈", ["le"] = "≤", ["ge"] = "≥", ["ne"] = "≠", ["pm"] = "±",
        ["alpha"] = "α", ["beta"] = "β", ["gamma"] = "γ", ["delta"] = "δ", ["epsilon"] = "ε", ["eta"] = "η",
        ["theta"] = "θ", ["lambda"] = "λ", ["mu"] = "μ", ["pi"] = "π", ["rho"] = "ρ", ["sigma"] = "σ", ["tau"] = "τ",
        ["phi"] = "φ", ["omega"] = "ω", ["Delta"] = "Δ", ["Sigma"] = "Σ", ["Omega"] = "Ω",
    };

    private static readonly Dictionary<string, string> LargeOperators = new(StringComparer.Ordinal)
    {
        ["sum"] = "∑", ["prod"] = "∏", ["int"] = "∫",
    };

    private static readonly HashSet<string> Functions =
        ["lg", "ln", "log", "exp", "sin", "cos", "tan", "max", "min", "lim", "mod"];

    private readonly List<string> _tokens;
    private int _at;

    private FormulaReader(string text) => _tokens = Tokenize(text);

    /// <returns>The formula, or null with a message saying what is wrong.</returns>
    public static MathNode Read(string text, out string? error)
    {
        var reader = new FormulaReader(text);
        error = null;
        try
        {
            var row = reader.Row(closing: null);
            if (reader._at < reader._tokens.Count)
                throw new FormatException($"'{reader._tokens[reader._at]}' without its opening bracket");
            return row;
        }
        catch (FormatException e)
        {
            error = e.Message;
            return new MathRow([]);
        }
    }

    private MathRow Row(string? closing)
    {
        var items = new List<MathNode>();
        while (_at < _tokens.Count && _tokens[_at] != closing)
        {
            if (_tokens[_at] is ")" or "]" or "}" or "）") break;
            var item = Scripted(Atom(asArgument: false));
            if (Peek("/"))
            {
                _at++;
                var numerator = item is MathFenced { Open: "(" } fenced ? fenced.Body : item;
                item = new MathFraction(Strip(numerator), Strip(Scripted(Atom(asArgument: true))));
            }
            items.Add(item);
        }
        return new MathRow(items);
    }

    /// <summary>An atom with its sub- and superscript, if any; a large operator takes the item after its
    /// limits.</summary>
    private MathNode Scripted(MathNode atom)
    {
        MathNode? sub = null, sup = null;
        while (Peek("_") || Peek("^"))
        {
            var which = _tokens[_at++];
            var argument = Atom(asArgument: true);
            if (which == "_") sub = argument;
            else sup = argument;
        }
        if (atom is MathText { Kind: MathTextKind.Operator, Text: var symbol } && LargeOperators.ContainsValue(symbol))
            return new MathLargeOperator(symbol, sub, sup,
                _at < _tokens.Count ? Scripted(Atom(asArgument: false)) : new MathRow([]));
        return sub is null && sup is null ? atom : new MathScripts(atom, sub, sup);
    }

    private MathNode Atom(bool asArgument)
    {
        if (_at >= _tokens.Count) throw new FormatException("the formula ends where something is still expected");
        var token = _tokens[_at++];
        switch (token)
        {
            case "{":
                return Close(Row("}"), "}");
            case "(" or "（" or "[":
                var close = token switch { "(" => ")", "（" => "）", _ => "]" };
                var body = Close(Row(close), close);
                return asArgument ? body : new MathFenced(token, close, body);
            case "sqrt":
                return new MathRoot(Strip(Atom(asArgument: true)));
        }
        if (LargeOperators.TryGetValue(token, out var large)) return new MathText(large, MathTextKind.Operator);
        if (Symbols.TryGetValue(token, out var symbol))
            return new MathText(symbol, char.IsLetter(symbol[0]) ? MathTextKind.Variable : MathTextKind.Operator);
        if (Functions.Contains(token)) return new MathText(token, MathTextKind.Text);
        if (char.IsDigit(token[0])) return new MathText(token, MathTextKind.Number);
        if (token[0] >= 0x2E80) return new MathText(token, MathTextKind.Text);
        if (char.IsLetter(token[0])) return new MathText(token, MathTextKind.Variable);
        return new MathText(token, MathTextKind.Operator);
    }

    private MathNode Close(MathRow row, string close)
    {
        if (!Peek(close)) throw new FormatException($"'{close}' missing");
        _at++;
        return row;
    }

    /// <summary>A one-item group is the item itself.</summary>
    private static MathNode Strip(MathNode node) => node is MathRow { Items: [var only] } ? only : node;

    private bool Peek(string token) => _at < _tokens.Count && _tokens[_at] == token;

    /// <summary>
    /// Words of letters (a keyword, a function name or single-letter variables), numbers, runs of Han characters,
    /// two-character operators and single characters.
    /// </summary>
    private static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        for (var i = 0; i < text.Length;)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            var start = i;
            if (char.IsAsciiLetter(c))
            {
                while (i < text.Length && char.IsAsciiLetter(text[i])) i++;
                var word = text[start..i];
                if (Symbols.ContainsKey(word) || LargeOperators.ContainsKey(word) || Functions.Contains(word)
                    || word == "sqrt")
                    tokens.Add(word);
                else tokens.AddRange(word.Select(l => l.ToString()));
                continue;
            }
            if (char.IsDigit(c))
            {
                while (i < text.Length
                       && (char.IsDigit(text[i]) || text[i] == '.' && i + 1 < text.Length && char.IsDigit(text[i + 1])))
                    i++;
                tokens.Add(text[start..i]);
                continue;
            }
            if (c >= 0x2E80 && c is not ('（' or '）') && !char.IsPunctuation(c))
            {
                var sb = new StringBuilder();
                while (i < text.Length && text[i] >= 0x2E80 && text[i] is not ('（' or '）')) sb.Append(text[i++]);
                tokens.Add(sb.ToString());
                continue;
            }
            var pair = i + 1 < text.Length ? text.Substring(i, 2) : "";
            if (pair is "<=" or ">=" or "!=" or "+-")
            {
                tokens.Add(pair);
                i += 2;
                continue;
            }
            tokens.Add(c.ToString());
            i++;
        }
        return tokens;
    }
}

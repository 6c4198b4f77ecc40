namespace StdKit.Checker.Core;

/// <summary>Quotes the offending text in a message: 「…the words around it…」.</summary>
public static class Quote
{
    private const int Context = 12;

    public static string Around(string text, int index, int length)
    {
        var start = Math.Max(0, index - Context);
        var end = Math.Min(text.Length, index + length + Context);
        return $"「{(start > 0 ? "…" : "")}{text[start..end].Replace('\n', ' ')}{(end < text.Length ? "…" : "")}」";
    }

    public static string Of(string text) => Around(text, 0, Math.Min(text.Length, 2 * Context));
}

namespace StdKit.Search.Highlighting;

/// <summary>
/// A run of characters of a text: <see cref="Start"/> inclusive, <see cref="End"/> exclusive, in UTF-16 code units.
/// </summary>
public readonly record struct TextRange(int Start, int End)
{
    public int Length => End - Start;
}

namespace StdKit.Search;

/// <summary>
/// A user mistake in a search, a lookup or the knowledge base file given: what is wrong and how to fix it, shown as
/// one line and never as a stack trace.
/// </summary>
public sealed class SearchException(string problem, string fix) : Exception($"{problem} — {fix}")
{
    public string Problem { get; } = problem;
    public string Fix { get; } = fix;
}

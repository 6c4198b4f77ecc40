namespace StdKit.Bench;

/// <summary>The options of a benchmark: a name followed by its value (--clauses 100000).</summary>
internal static class BenchOptions
{
    /// <summary>The value after <paramref name="name"/>; null when the option is not given.</summary>
    public static string? Value(IReadOnlyList<string> options, string name) =>
        options.SkipWhile(o => o != name).Skip(1).FirstOrDefault();

    public static int Number(IReadOnlyList<string> options, string name, int fallback) =>
        Value(options, name) is { } value ? int.Parse(value) : fallback;
}

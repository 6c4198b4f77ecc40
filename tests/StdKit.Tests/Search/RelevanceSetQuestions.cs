namespace StdKit.Tests.Search;

/// <summary>Queries typed the way staff, committee members and auditors type them.</summary>
public static partial class RelevanceSet
{
    private static IReadOnlyList<LabelledQuery> Questions { get; } =
    [
    ];
}

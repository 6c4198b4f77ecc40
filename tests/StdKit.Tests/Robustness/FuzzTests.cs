using StdKit.Tests.Robustness.Fuzzing;
using StdKit.Tests.Search;
using StdKit.Tests.Support;
using Xunit.Abstractions;

namespace StdKit.Tests.Robustness;

/// <summary>
/// Mutants of real inputs of every kind: each ends in a clear error or a valid result, never an unhandled exception.
/// A fixed seed makes the mutants the same everywhere; <c>bench fuzz</c> runs a thousand of each.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output, SampleKnowledgeBase kb)
    : IClassFixture<SampleKnowledgeBase>, IDisposable
{
    private const ulong Seed = 20261201;
    private readonly ContentCopy _tree = new(Repository.Root);

    [Theory]
    [InlineData(false, 120)]
    [InlineData(true, 120)]
    public void A_mutated_standard_is_refused_clearly_or_rendered_valid(bool frontMatter, int mutants) =>
        Check(new StandardTarget(_tree, frontMatter), mutants);

    [Fact]
    public void A_mutated_profile_is_refused_clearly_or_builds() => Check(new ProfileTarget(_tree), 25);

    [Fact]
    public void A_mutated_query_is_refused_clearly_or_answered() =>
        Check(new QueryTarget(kb.KnowledgeBase, kb.Index, RelevanceSet.Queries.Select(q => q.Query).ToList()), 400);

    [Fact]
    public void Every_seed_is_accepted_unchanged()
    {
        foreach (var target in new FuzzTarget[] { new StandardTarget(_tree, false), new ProfileTarget(_tree) })
            foreach (var seed in target.Seeds)
                target.Run(seed);
    }

    private void Check(FuzzTarget target, int mutants)
    {
        var outcome = FuzzRun.Run(target, mutants, Seed);
        output.WriteLine(outcome.ToString());
        Assert.True(outcome.Crashes == 0, outcome.ToString());
    }

    public void Dispose() => _tree.Dispose();
}

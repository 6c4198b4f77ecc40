using CsCheck;
using StdKit.Model.Diagnostics;

namespace StdKit.Tests.Robustness.Fuzzing;

/// <summary>What a run of mutants gave: how many, how many refused with a clear error, how many crashed.</summary>
internal sealed record FuzzOutcome(string Target, int Runs, int Refused, int Crashes, string? FirstReproducer,
    string? FirstCrash)
{
    public override string ToString() =>
        $"{Target,-13} runs {Runs,5}  refused {Refused,5}  crashes {Crashes,3}"
        + (FirstCrash is null ? "" : $"\n  first crash: {FirstCrash}\n  reproducer: {Escape(FirstReproducer!)}");

    private static string Escape(string text)
    {
        var shown = text.Length > 600 ? text[..600] + "…" : text;
        return string.Concat(shown.Select(c => char.IsControl(c) && c != '\n' || char.IsSurrogate(c)
            ? $"\\u{(int)c:X4}" : c.ToString()));
    }
}

/// <summary>Runs mutants of a target's seeds from a fixed seed:
/// the same mutants on every machine and every run.</summary>
internal static class FuzzRun
{
    public static FuzzOutcome Run(FuzzTarget target, int mutants, ulong seed)
    {
        var gen = CsCheck.Gen.Select(CsCheck.Gen.Int[0, target.Seeds.Count - 1], Mutation.Series);
        int refused = 0, crashes = 0;
        string? reproducer = null, crash = null;
        for (var i = 0; i < mutants; i++)
        {
            // One random stream per mutant: mutant i is the same whatever ran before it.
            var (which, series) = gen.Generate(new PCG((uint)i, seed), null, out _);
            var (before, mutable, after) = target.Split(target.Seeds[which]);
            var input = before + Mutation.Apply(mutable, series) + after;
            try
            {
                target.Run(input);
            }
            catch (UserError)
            {
                refused++;
            }
            catch (Exception e)
            {
                if (crashes++ == 0) (reproducer, crash) = (input, $"{e.GetType().Name}: {e.Message}\n    "
                    + string.Join("\n    ", (e.StackTrace ?? "").Split('\n').Take(4).Select(l => l.Trim())));
            }
        }
        return new FuzzOutcome(target.Name, mutants, refused, crashes, reproducer, crash);
    }
}

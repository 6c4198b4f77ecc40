using StdKit.Model.Committee;
using StdKit.Model.Documents;

namespace StdKit.Build.Committee.Changes;

/// <summary>
/// Compares two versions of a standard clause by clause, following renumbering: a clause whose text is unchanged under
/// a new number is a move (5.3 → 6.1), not a deletion and an addition; a clause whose text changed is paired with its
/// most similar counterpart (same title, near text) before anything is called added or deleted.
/// </summary>
public static class StageComparison
{
    /// <summary>Below this similarity of text two clauses are different clauses, not one that was modified.</summary>
    private const double SameClause = 0.5;

    /// <summary>The changes in the order of the new version; each deleted clause after what preceded it.</summary>
    public static IReadOnlyList<ClauseChange> Compare(Standard older, Standard newer) =>
        Compare(ClauseTexts.Of(older), ClauseTexts.Of(newer));

    internal static IReadOnlyList<ClauseChange> Compare(IReadOnlyList<ClauseText> old, IReadOnlyList<ClauseText> @new)
    {
        var match = new int?[@new.Count];
        var taken = new bool[old.Count];
        // 1. The same text: unchanged where the number is the same, else moved. Same number first, so that two
        // identical clauses (a duplicated 条) pair in place.
        var byText = old.Select((u, o) => (u, o)).ToLookup(x => (x.u.Kind, x.u.Full), x => x.o);
        foreach (var sameLabel in new[] { true, false })
            for (var n = 0; n < @new.Count; n++)
            {
                if (match[n] is not null) continue;
                var o = byText[(@new[n].Kind, @new[n].Full)]
                    .FirstOrDefault(i => !taken[i] && (!sameLabel || old[i].Label == @new[n].Label), -1);
                if (o >= 0) (match[n], taken[o]) = (o, true);
            }
        // 2. Changed text: the most similar pairs first.
        var oldLeft = Enumerable.Range(0, old.Count).Where(o => !taken[o]).ToList();
        var oldGrams = oldLeft.ToDictionary(o => o, o => Bigrams(old[o].Full));
        var pairs = (from n in Enumerable.Range(0, @new.Count) where match[n] is null
                     let grams = Bigrams(@new[n].Full)
                     from o in oldLeft where old[o].Kind == @new[n].Kind
                     let score = Score(old[o], @new[n], oldGrams[o], grams)
                     where score >= SameClause
                     orderby score descending, Math.Abs(o - n)
                     select (o, n)).ToList();
        foreach (var (o, n) in pairs)
            if (match[n] is null && !taken[o]) (match[n], taken[o]) = (o, true);

        var changes = new List<ClauseChange>();
        var deletedUpTo = 0;
        for (var n = 0; n < @new.Count; n++)
        {
            if (match[n] is not { } o)
            {
                changes.Add(new ClauseChange(ChangeKind.Added, null, @new[n]));
                continue;
            }
            Deleted(o);
            var kind = old[o].Full != @new[n].Full ? ChangeKind.Modified
                : old[o].Label == @new[n].Label ? ChangeKind.Unchanged : ChangeKind.Moved;
            changes.Add(new ClauseChange(kind, old[o], @new[n]));
        }
        Deleted(old.Count);
        return changes;

        // The deleted clauses of the old version up to (not including) index end, not listed yet.
        void Deleted(int end)
        {
            for (; deletedUpTo < end; deletedUpTo++)
                if (!taken[deletedUpTo]) changes.Add(new ClauseChange(ChangeKind.Deleted, old[deletedUpTo], null));
        }
    }

    /// <summary>
    /// Dice similarity of the character pairs, raised when the titles agree and when the number is kept.
    /// </summary>
    private static double Score(ClauseText a, ClauseText b, int[] x, int[] y)
    {
        var dice = x.Length + y.Length == 0 ? 1 : 2.0 * Common(x, y) / (x.Length + y.Length);
        var title = a.Title is not null && a.Title == b.Title ? 0.3 : 0;
        var place = a.Label == b.Label ? 0.05 : 0;
        return dice + title + place;
    }

    /// <summary>The distinct pairs of adjacent characters of a text, each as one number, sorted.</summary>
    private static int[] Bigrams(string text)
    {
        var pairs = new int[Math.Max(0, text.Length - 1)];
        for (var i = 0; i + 1 < text.Length; i++) pairs[i] = text[i] << 16 | text[i + 1];
        Array.Sort(pairs);
        return pairs.Distinct().ToArray();
    }

    /// <summary>How many numbers two sorted sets share.</summary>
    private static int Common(int[] x, int[] y)
    {
        int i = 0, j = 0, common = 0;
        while (i < x.Length && j < y.Length)
        {
            if (x[i] == y[j]) (common, i, j) = (common + 1, i + 1, j + 1);
            else if (x[i] < y[j]) i++;
            else j++;
        }
        return common;
    }
}

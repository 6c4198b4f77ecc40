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
        foreach (var sameLabel in new[] { true, false })
            for (var n = 0; n < @new.Count; n++)
            {
                if (match[n] is not null) continue;
                var o = Enumerable.Range(0, old.Count).FirstOrDefault(i => !taken[i] && old[i].Kind == @new[n].Kind
                    && old[i].Full == @new[n].Full && (!sameLabel || old[i].Label == @new[n].Label), -1);
                if (o >= 0) (match[n], taken[o]) = (o, true);
            }
        // 2. Changed text: the most similar pairs first.
        var bigrams = old.Concat(@new).Distinct().ToDictionary(u => u, u => Bigrams(u.Full));
        var pairs = (from n in Enumerable.Range(0, @new.Count) where match[n] is null
                     from o in Enumerable.Range(0, old.Count) where !taken[o] && old[o].Kind == @new[n].Kind
                     let score = Score(old[o], @new[n], bigrams)
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

    /// <summary>Dice similarity of the character pairs, raised when the titles agree and when the number is kept.</summary>
    private static double Score(ClauseText a, ClauseText b, IReadOnlyDictionary<ClauseText, HashSet<string>> bigrams)
    {
        var x = bigrams[a];
        var y = bigrams[b];
        var dice = x.Count + y.Count == 0 ? 1 : 2.0 * x.Count(y.Contains) / (x.Count + y.Count);
        var title = a.Title is not null && a.Title == b.Title ? 0.3 : 0;
        var place = a.Label == b.Label ? 0.05 : 0;
        return dice + title + place;
    }

    private static HashSet<string> Bigrams(string text)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < text.Length; i++) set.Add(text.Substring(i, 2));
        return set;
    }
}

namespace StdKit.Model.Diagnostics;

/// <summary>Finds the known name closest to a mistyped one, for "did you mean …" hints.</summary>
public static class NearestName
{
    public static string? Find(string typed, IEnumerable<string> known)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known)
        {
            var d = Distance(typed, candidate);
            if (d < bestDistance) (best, bestDistance) = (candidate, d);
        }
        // A suggestion further away than half the word is noise, not help.
        return best is not null && bestDistance <= Math.Max(2, typed.Length / 2) ? best : null;
    }

    /// <summary>Edit distance (insertions, deletions, substitutions), ignoring case.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}

namespace StdKit.Import.Recognition;

/// <summary>
/// Where the source has no list markers at all (extracted text loses Word's automatic dashes and letters): a lead-in
/// ending in "：" followed by two or more short lines ending in "；", the last in "。", is a dash list.
/// </summary>
internal static class ListGuess
{
    private const int ItemLength = 80;

    public static void Apply(List<Unit> units)
    {
        SingleStrokeDashes(units);
        for (var i = 0; i + 2 < units.Count; i++)
        {
            if (!IsPlain(units[i]) || !units[i].Text.EndsWith('：') && !units[i].Text.EndsWith(':')) continue;
            var end = i + 1;
            while (end < units.Count && IsPlain(units[end]) && units[end].Text.Length <= ItemLength
                   && units[end].Text[^1] is '；' or ';' or '。')
            {
                end++;
                if (units[end - 1].Text[^1] == '。') break;
            }
            if (end - i - 1 < 2 || units[end - 1].Text[^1] != '。') continue;
            for (var j = i + 1; j < end; j++) units[j] = units[j] with { Kind = UnitKind.DashItem, Level = 1 };
            i = end - 1;
        }
    }

    /// <summary>In a dash list of extracted text, an item opening with a lone "一" has its dash mistyped.</summary>
    private static void SingleStrokeDashes(List<Unit> units)
    {
        for (var i = 1; i < units.Count; i++)
            if (units[i] is { Kind: UnitKind.DashItem, ByPattern: true } item && item.Text.StartsWith('一')
                && item.Text.Length > 1 && !WordsWithOne.Contains(item.Text[1])
                && units[i - 1] is { Kind: UnitKind.DashItem } previous && !previous.Text.StartsWith('一'))
                units[i] = item with { Text = item.Text[1..].TrimStart(), Hint = Typo };
    }

    public const string Typo = "dash-typo";

    /// <summary>Characters that make a word with a leading 一 (一般, 一次, 一致 …): there the 一 is text.</summary>
    private const string WordsWithOne = "般次些个体致定级类项旦直同切律线流年日天份种批起并再";

    private static bool IsPlain(Unit u) => u.Kind == UnitKind.Paragraph && u.ByPattern && u.Text.Length > 0;
}

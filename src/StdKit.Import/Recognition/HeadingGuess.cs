namespace StdKit.Import.Recognition;

/// <summary>
/// Levels for headings that carry neither a number nor a heading style — extracted text, where a heading is a short
/// line (sometimes marked by a _Toc bookmark). A run of such headings ends in a leaf, followed by text; the leaf takes
/// the level of the chapter's previous leaf and each heading before it one level up; where that would rise above a
/// chapter, the run opens a new chapter. Where only some headings carry _Toc bookmarks, those are the chapters.
/// </summary>
internal static class HeadingGuess
{
    /// <summary>Longest line taken as an unmarked heading.</summary>
    private const int HeadingLength = 25;

    public const string Guessed = "level-guessed";

    public static void Apply(List<Unit> units)
    {
        MarkPlainTitles(units);
        var bookmarked = units.Any(u => u is { Kind: UnitKind.Heading, Level: 0 } && IsBookmarked(u));
        var plain = units.Any(u => u is { Kind: UnitKind.Heading, Level: 0 } && !IsBookmarked(u));
        var leaf = 0;
        for (var i = 0; i < units.Count; i++)
        {
            if (units[i].Kind != UnitKind.Heading) continue;
            if (units[i].Level != 0)
            {
                leaf = units[i].Level;
                continue;
            }
            var run = i;
            while (run + 1 < units.Count && units[run + 1] is { Kind: UnitKind.Heading, Level: 0 }) run++;
            var k = run - i + 1;
            var first = Known(units[i].Text) || bookmarked && plain && IsBookmarked(units[i]) || leaf == 0
                ? 1 : leaf - k + 1;
            if (first < 2) first = 1;
            for (var j = i; j <= run; j++)
                units[j] = units[j] with { Level = Math.Min(first + j - i, 6), Hint = Guessed };
            leaf = first + k - 1;
            i = run;
        }
    }

    /// <summary>Short lines without end punctuation, in the body of a text without styles, followed by text.</summary>
    private static void MarkPlainTitles(List<Unit> units)
    {
        var inBody = false;
        var special = false;
        for (var i = 0; i + 1 < units.Count; i++)
        {
            var u = units[i];
            if (u.Kind is UnitKind.AnnexHeading or UnitKind.BibliographyTitle) inBody = false;
            if (u.Kind == UnitKind.Heading && (u.Level == 1 || Known(u.Text)))
            {
                inBody = true;
                special = u.Text.Replace(" ", "") is "规范性引用文件" or "术语和定义";
                continue;
            }
            if (u is { Kind: UnitKind.Heading, Level: 0 }) inBody = !(special = false);
            if (!inBody || special || u is not { Kind: UnitKind.Paragraph, ByPattern: true }) continue;
            if (u.Text.Length > HeadingLength || !Classifier.IsTitle(u.Text)) continue;
            if (units[i + 1].Kind is UnitKind.Paragraph or UnitKind.Heading or UnitKind.Table
                or UnitKind.UntitledClause)
                units[i] = u with { Kind = UnitKind.Heading, Level = 0 };
        }
    }

    private static bool Known(string title) => title.Replace(" ", "") is "范围" or "规范性引用文件" or "术语和定义";

    private static bool IsBookmarked(Unit u)
        => u.Source is Sources.SourceParagraph { Style: Text.TextReader.TocBookmark };
}

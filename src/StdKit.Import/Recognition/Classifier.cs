using System.Text.RegularExpressions;
using StdKit.Import.Sources;
using StdKit.Import.Word;

namespace StdKit.Import.Recognition;

/// <summary>
/// Gives each source block a kind: from its style where the style names one (StdKit's, the official template's,
/// Word's headings), otherwise from the patterns of its text — typed numbers ("4.3.1 …"), "注：", "a)", "表1 …",
/// "附录A" — so Word files without styles and extracted text are recognised the same way. The generated or typed
/// number is taken off the text and kept beside it.
/// </summary>
internal static partial class Classifier
{
    /// <summary>Longest text a typed-number line may have to be taken as a title rather than an untitled 条.</summary>
    private const int TitleLength = 40;

    public static List<Unit> Classify(IEnumerable<SourceBlock> blocks) => blocks.Select(Classify).ToList();

    private static Unit Classify(SourceBlock block) => block switch
    {
        SourceTable => new Unit(UnitKind.Table, "", 0, block),
        SourceImage => new Unit(UnitKind.Image, "", 0, block),
        SourceParagraph p => Paragraph(p),
        _ => throw new ArgumentOutOfRangeException(nameof(block)),
    };

    private static Unit Paragraph(SourceParagraph p)
    {
        var text = Clean(p.Text);
        if (text.Length == 0 && p.NumberLabel is null) return new Unit(UnitKind.Layout, "", 0, p);
        var style = WordVocabulary.Classify(p.StyleId) ?? WordVocabulary.Classify(p.Style);
        if (style?.Kind == UnitKind.Layout) return new Unit(UnitKind.Layout, text, 0, p);
        if (style is null && p.NumberLabel is { } marker && ListLabel(marker) is { } item)
            return new Unit(item.Kind, text, item.Level, p) { Number = marker };
        // A clause number from Word's numbering on a paragraph whose style says nothing: a heading or untitled 条.
        if (style is null && p.NumberLabel is { } label && ClauseNumber().IsMatch(label))
            return Classifier.IsTitle(text)
                ? new Unit(UnitKind.Heading, text, Depth(label), p) { Number = label }
                : new Unit(UnitKind.UntitledClause, text, Depth(label), p) { Number = label };
        if (style is not { } known || known.Kind is UnitKind.Paragraph)
        {
            // A paragraph style is taken at its word: a number typed into it stays text, for the checker.
            var guessed = Pattern(p, text);
            if (style is not null
                && guessed?.Kind is UnitKind.Heading or UnitKind.UntitledClause or UnitKind.TermNumber)
                guessed = null;
            // Extraction writes Word's automatic list dashes as "- ".
            var dashed = style is null && LeadingDash().IsMatch(p.Text.Trim());
            return guessed is not null ? guessed with { ByPattern = style is null }
                : new Unit(dashed ? UnitKind.DashItem : UnitKind.Paragraph, text, dashed ? 1 : 0, p)
                    { ByPattern = style is null };
        }
        var unit = new Unit(known.Kind, text, known.Level, p) { Hint = known.Hint, Number = p.NumberLabel };
        return known.Kind switch
        {
            UnitKind.Heading or UnitKind.UntitledClause or UnitKind.TermName => Numbered(unit),
            UnitKind.Note or UnitKind.Example => unit with { Text = AdditionalLabel().Replace(text, "") },
            UnitKind.DashItem or UnitKind.NumberedItem => Item(unit, text),
            UnitKind.TableTitle or UnitKind.FigureTitle => unit with { Text = CaptionLabel().Replace(text, "") },
            // The template's 附录标识 generates "附录A"; nature and title are the paragraph's text.
            UnitKind.AnnexHeading when unit.Number is { } annex && annex.StartsWith("附录") && !text.StartsWith('附')
                => unit with { Text = annex + text },
            UnitKind.BibliographyEntry => unit with { Text = BibliographyLabel().Replace(text, "") },
            UnitKind.TermNumber => unit with { Number = unit.Number ?? Normalise(text) },
            _ => unit,
        };
    }

    /// <summary>Takes a typed number off the text when Word did not generate one ("4.1　title" in a rendered
    /// file).</summary>
    private static Unit Numbered(Unit unit)
    {
        var match = TypedNumber().Match(unit.Text);
        if (!match.Success) return unit;
        var number = Normalise(match.Groups["n"].Value);
        var level = unit.Level > 0 ? unit.Level : Depth(number);
        return unit with { Text = match.Groups["t"].Value.Trim(), Number = unit.Number ?? number, Level = level };
    }

    private static Unit Item(Unit unit, string text)
    {
        var match = ItemMarker().Match(text);
        if (!match.Success) return unit;
        var marker = match.Groups["m"].Value;
        var dash = marker.StartsWith('—') || marker is "－" or "一一" or "·" or "•";
        var level = marker is "·" or "•" ? 2 : dash ? Math.Max(unit.Level, 1) : char.IsDigit(marker[0]) ? 2 : 1;
        unit = unit with { Kind = dash ? UnitKind.DashItem : UnitKind.NumberedItem };
        return unit with { Text = text[match.Length..].Trim(), Number = marker, Level = level };
    }

    /// <summary>The kind a paragraph's text alone suggests, or null for an ordinary paragraph.</summary>
    private static Unit? Pattern(SourceParagraph p, string text)
    {
        Unit Make(UnitKind kind, string t, int level = 0, string? number = null) =>
            new(kind, t, level, p) { Number = number ?? p.NumberLabel, ByPattern = true };

        if (TocEntry().IsMatch(p.Text)) return Make(UnitKind.TocEntry, text);
        var bare = Regex.Replace(text, @"\s", "");
        switch (bare)
        {
            case "目次" or "目录": return Make(UnitKind.TocTitle, bare);
            case "前言" or "引言": return Make(UnitKind.FrontTitle, bare);
            case "参考文献": return Make(UnitKind.BibliographyTitle, bare);
        }
        // "附录A给出了……。" is a sentence about the annex, not its heading.
        if (AnnexStart().IsMatch(text) && !text.TrimEnd().EndsWith('。')) return Make(UnitKind.AnnexHeading, text);
        if (AdditionalLabel().Match(text) is { Success: true } info)
            return Make(info.Value.StartsWith('注') ? UnitKind.Note : UnitKind.Example, text[info.Length..]);
        if (ItemMarker().Match(text) is { Success: true } item && item.Length < text.Length)
            return Item(Make(UnitKind.DashItem, text, 1), text) with { ByPattern = true };
        if (Caption().Match(text) is { Success: true } caption && text.Length <= TitleLength + 6)
            return Make(caption.Groups[1].Value == "表" ? UnitKind.TableTitle : UnitKind.FigureTitle,
                caption.Groups[2].Value.Trim());
        if (BibliographyLabel().IsMatch(text)) return Make(UnitKind.BibliographyEntry,
            BibliographyLabel().Replace(text, ""));
        if (BareNumber().IsMatch(text)) return Make(UnitKind.TermNumber, "", 0, Normalise(text));
        if (TypedNumber().Match(text) is { Success: true } typed)
        {
            var number = Normalise(typed.Groups["n"].Value);
            var rest = typed.Groups["t"].Value.Trim();
            var depth = Depth(number);
            return IsTitle(rest) ? Make(UnitKind.Heading, rest, depth, number)
                : depth >= 2 ? Make(UnitKind.UntitledClause, rest, depth, number) : null;
        }
        if (bare is "范围" or "规范性引用文件" or "术语和定义") return Make(UnitKind.Heading, bare, 1);
        if (p.Style == Text.TextReader.TocBookmark && IsTitle(text)) return Make(UnitKind.Heading, text, 0);
        return null;
    }

    /// <summary>What a numbering label of a paragraph without a list style says: "a)" a numbered item, "1)" one
    /// of the second level, a dash or bullet a dash item.</summary>
    private static (UnitKind Kind, int Level)? ListLabel(string label) => label switch
    {
        _ when LetterItem().IsMatch(label) => (UnitKind.NumberedItem, 1),
        _ when DigitItem().IsMatch(label) => (UnitKind.NumberedItem, 2),
        _ when label.Length is > 0 and <= 2
            && !label.Any(char.IsLetterOrDigit) => (UnitKind.DashItem, label is "·" or "•" ? 2 : 1),
        _ => null,
    };

    [GeneratedRegex(@"^[a-z][)）]$")]
    private static partial Regex LetterItem();

    [GeneratedRegex(@"^\d{1,2}[)）]$")]
    private static partial Regex DigitItem();

    /// <summary>A title is short and does not end like a sentence.</summary>
    internal static bool IsTitle(string text) =>
        text.Length is > 0 and <= TitleLength && !"。；;，,：:".Contains(text[^1]) && !text.Contains('。');

    /// <summary>1 for "4", 2 for "4.1" or "A.1", … .</summary>
    internal static int Depth(string number) => number.Count(c => c == '.') + 1;

    /// <summary>"5. 5. 1" and "5．5．1" as "5.5.1".</summary>
    internal static string Normalise(string number) => Regex.Replace(number, @"\s*[.．]\s*", ".").Trim();

    /// <summary>Extraction noise: Markdown bold marks and a "- " before a typed number or document code.</summary>
    private static string Clean(string text)
    {
        text = text.Replace("**", "").Trim();
        return LeadingDash().Replace(text, "");
    }

    [GeneratedRegex(@"^(?<n>(?:\d{1,2}|[A-Z])(?:\s*[.．]\s*\d{1,2})*)(?:[\s\u3000]+)(?<t>\S.*)$",
        RegexOptions.Singleline)]
    private static partial Regex TypedNumber();

    [GeneratedRegex(@"^(?:\d{1,2}|[A-Z])(?:\.\d{1,2})+$")]
    private static partial Regex ClauseNumber();

    [GeneratedRegex(@"^\d{1,2}(?:\s*[.．]\s*\d{1,2})+$")]
    private static partial Regex BareNumber();

    [GeneratedRegex(@"^(?:注|示例)\s*\d*\s*[：:]\s*")]
    private static partial Regex AdditionalLabel();

    /// <summary>List markers; "一一" is the dash typed with the character for one, common in drafts.</summary>
    [GeneratedRegex(@"^(?<m>——|—|－|一一|·|•|[a-z][)）]|\d{1,2}[)）])[\s\u3000]*")]
    private static partial Regex ItemMarker();

    [GeneratedRegex(@"^(表|图)\s*(?:[A-Z]\s*[.．]\s*)?\d+[\s\u3000]*(.*)$")]
    private static partial Regex Caption();

    [GeneratedRegex(@"^[表图]\s*(?:[A-Z]\s*[.．]\s*)?\d+[\s\u3000]*")]
    private static partial Regex CaptionLabel();

    [GeneratedRegex(@"^\[\d+\][\s\u3000]*")]
    private static partial Regex BibliographyLabel();

    [GeneratedRegex(@"^附\s*录\s*[A-Z](?![A-Za-z])")]
    private static partial Regex AnnexStart();

    [GeneratedRegex(@"\S\t+\s*[\dIVXivx]*\s*$")]
    private static partial Regex TocEntry();

    [GeneratedRegex(@"^-\s+")]
    private static partial Regex LeadingDash();
}

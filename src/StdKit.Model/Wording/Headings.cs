using StdKit.Model.Body;

namespace StdKit.Model.Wording;

/// <summary>Heading texts shared by the body and the 目次 of every output, so that all print the same words.</summary>
public static class Headings
{
    /// <summary>
    /// The elements of a title (引导要素, 主体要素, 补充要素 or "第N部分：…"), separated by a full-width space in the
    /// content, each start a line on the cover and the first body page (GB/T 1.1 6.1), so that no line breaks inside
    /// an element's words; an element longer than a line of <paramref name="width"/> ems breaks between words
    /// (<see cref="TitleBreaker"/>).
    /// </summary>
    public static string TitleLines(string title, double width, IReadOnlyCollection<string>? names = null) =>
        string.Join('\n', title
            .Split('\u3000', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .SelectMany(element => TitleBreaker.Lines(element, width, names)));

    /// <summary>A two-character title of the front matter letter-spaced by two full-width spaces: 目　　次, 前　　言.</summary>
    public static string FrontTitle(string title) => title.Length == 2 ? $"{title[0]}\u3000\u3000{title[1]}" : title;

    public static string Clause(Clause clause) => Captions.Join(clause.Number, clause.Title ?? "");

    /// <summary>"附录A", "（规范性）" and the title, one per line.</summary>
    public static string Annex(Annex annex) => string.Join('\n', AnnexLines(annex));

    /// <summary>The lines of an annex heading: "附录A", "（规范性）" where the nature is given, and the title.</summary>
    public static IEnumerable<string> AnnexLines(Annex annex) =>
        new[] { annex.ReferenceLabel, Nature(annex.Nature), annex.Title }
            .Where(s => !string.IsNullOrEmpty(s))
            .Cast<string>();

    /// <summary>"附录A（规范性）　title" on one line.</summary>
    public static string AnnexInToc(Annex annex) =>
        $"{annex.ReferenceLabel}{Nature(annex.Nature)}{(annex.Title is { } t ? "\u3000" + t : "")}";

    /// <summary>"（规范性）", "（资料性）", or empty where the drafter left the nature out.</summary>
    public static string Nature(AnnexNature? nature) => nature switch
    {
        AnnexNature.Normative => "（规范性）",
        AnnexNature.Informative => "（资料性）",
        _ => "",
    };

    /// <summary>The title of the 目次 page, its two characters spaced as GB/T 1.1 sets them.</summary>
    public static string Toc => FrontTitle("目次");
}

using StdKit.Model.Body;

namespace StdKit.Model.Wording;

/// <summary>Heading texts shared by the body and the 目次 of every output, so that all print the same words.</summary>
public static class Headings
{
    public static string Clause(Clause clause) => Captions.Join(clause.Number, clause.Title ?? "");

    /// <summary>"附录A", "（规范性）" and the title, one per line.</summary>
    public static string Annex(Annex annex) => string.Join('\n', AnnexLines(annex));

    /// <summary>The lines of an annex heading: "附录A", "（规范性）" where the nature is given, and the title.</summary>
    public static IEnumerable<string> AnnexLines(Annex annex) =>
        new[] { annex.ReferenceLabel, Nature(annex.Nature), annex.Title }.Where(s => !string.IsNullOrEmpty(s)).Cast<string>();

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
    public const string Toc = "目\u3000\u3000次";
}

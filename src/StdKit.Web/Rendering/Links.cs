using System.Text;
using StdKit.Model.Body;

namespace StdKit.Web.Rendering;

/// <summary>The URLs of the workbench, built in one place so that every page links the same way.</summary>
public static class Links
{
    public const string Search = "/";
    public const string Standards = "/standards";
    public const string Systems = "/systems";
    public const string Terms = "/terms";
    public const string References = "/refs";

    /// <summary>"/standards/GB/T 1.1—2020" with every character but "/" escaped: numbers keep their slash.</summary>
    public static string Standard(string number) => "/standards/" + Path(number);

    /// <summary>The reading view at a clause, term, table or list item: "…#4.3.1".</summary>
    public static string Clause(string number, string clause) => Standard(number) + "#"
        + Uri.EscapeDataString(Anchor(clause));

    public static string Docx(string number) => "/download/standard/" + Path(number);

    public static string Pdf(string number) => "/download/pdf/" + Path(number);

    public static string Figure(string number, string figure) =>
        $"/figure/{Uri.EscapeDataString(figure)}/{Path(number)}";

    /// <summary>征求意见: the comments on a draft and the form to send one.</summary>
    public static string Comments(string number) => "/comments/" + Path(number);

    /// <summary>The drafting group's decision on comment <paramref name="id"/>.</summary>
    public static string CommentDecision(long id) => $"/comment-decisions/{id}";

    /// <summary>意见汇总处理表 of a draft, as a .docx.</summary>
    public static string CommentTable(string number) => "/comment-table/" + Path(number);

    public static string System(string agency) => "/systems/" + Uri.EscapeDataString(agency);

    /// <summary>The agency's self-evaluation (自评) page, and its report as a .docx.</summary>
    public static string Evaluation(string agency) => System(agency) + "/evaluation";

    public static string EvaluationReport(string agency) => Evaluation(agency) + "/report.docx";

    public static string SystemDocument(string agency, string document) =>
        $"/systems/{Uri.EscapeDataString(agency)}/download/{Uri.EscapeDataString(document)}";

    /// <summary>Where a document, or a place in it ("GB/T 19001—2016:7.5"), is cited.</summary>
    public static string Citations(string number, string? clause = null) =>
        With(References, ("doc", clause is null ? number : $"{number}:{clause}"));

    public static string TermsOf(string word) => With(Terms, ("q", word));

    /// <summary>A path, or an address with a query already, with more of the query: empty values are left
    /// out.</summary>
    public static string With(string address, params ReadOnlySpan<(string Name, string? Value)> query)
    {
        // A search page makes a hundred of these: one builder, no intermediate strings.
        var built = new StringBuilder(address, address.Length + 64);
        var separator = address.Contains('?') ? '&' : '?';
        foreach (var (name, value) in query)
        {
            if (string.IsNullOrEmpty(value)) continue;
            built.Append(separator).Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
            separator = '&';
        }
        return built.ToString();
    }

    /// <summary>
    /// The id an element carries in the reading view: its label as printed ("4.3.1", "表1", "附录A", "前言"), with the
    /// space of a list item's label ("6.2.1 b)") made a hyphen, since an id holds no space.
    /// </summary>
    public static string Anchor(string label) => label.Replace(' ', '-');

    /// <summary>A clause by its number ("4", not "第4章"); anything else by its label.</summary>
    public static string Anchor(IReferenceTarget target) =>
        Anchor(target is Clause clause ? clause.Label : target.ReferenceLabel);

    private static string Path(string number) => Uri.EscapeDataString(number).Replace("%2F", "/");
}

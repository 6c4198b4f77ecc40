using StdKit.Model.Text;
using StdKit.Model.Diagnostics;
using StdKit.Model.Documents;
using StdKit.Search.Knowledge;
using StdKit.Search.Query;
using StdKit.Search.Records;

namespace StdKit.Search.References;

/// <summary>A clause that cites the document (or the place in it) asked about.</summary>
public sealed record IncomingReference(string Standard, string StandardTitle, string? Agency, string Clause,
    string? Title, ClauseKind Kind, string Text, string Document, string? Target);

/// <summary>A reference made by a clause of the document asked about.</summary>
public sealed record OutgoingReference(string Standard, string Clause, string? Title, string Document,
    string? DocumentTitle, ReferenceKind Kind, string? Target);

/// <summary>Where a document or a clause of it is cited, and what it cites.</summary>
/// <param name="InKnowledgeBase">The document is one of the indexed standards, so its outgoing references are
/// known.</param>
public sealed record ReferenceReport(string Document, string? Title, string? Clause, bool InKnowledgeBase,
    IReadOnlyList<IncomingReference> Incoming, IReadOnlyList<OutgoingReference> Outgoing);

/// <summary>What the knowledge base holds of a document's references.</summary>
/// <param name="Titles">The titles of the standards of that number in the knowledge base.</param>
/// <param name="CitedTitle">The title a citation gives it, when no standard of that number is held.</param>
public sealed record ReferenceRows(IReadOnlyList<IncomingReference> Incoming, IReadOnlyList<OutgoingReference> Outgoing,
    IReadOnlyList<string> Titles, string? CitedTitle);

/// <summary>Looks up references by document number, or by "number:clause" (GB/T 19001—2016:7.5).</summary>
public static partial class ReferenceLookup
{
    public static ReferenceReport Find(IKnowledgeBase kb, string? typed)
    {
        typed = typed is null ? null : TextHygiene.Scrub(typed);
        var (document, clause) = Parse(typed);
        // A number typed as a search takes it (gbt 4754, DB53T1117, q/ynsme30101:7.1.1) is read the same way here.
        var read = QueryText.Parse(ClauseAfterColon().Replace(typed!.Trim(), " "), KnownDocuments.Read(kb));
        DocumentNumber? number = null;
        if (read.Documents is [{ AnyOf: [var found, ..] }] && read.Words.Length == 0)
            (number, clause) = (found, read.ClauseNumbers.FirstOrDefault());
        else DocumentNumber.TryParse(document, out number);
        document = number?.ToString() ?? document;
        var dated = number is null ? DocumentKey.Of(document) : number.IsDated ? number.Key : null;
        var undated = number?.UndatedKey ?? DocumentKey.Of(document);
        var rows = kb.References(dated, undated, clause);
        var title = rows.Titles.FirstOrDefault() ?? rows.CitedTitle;
        return new ReferenceReport(number?.ToString() ?? document, title, clause, rows.Titles.Count > 0, rows.Incoming,
            rows.Outgoing);
    }

    /// <summary>The colon before a clause number (not before a year, as in ISO 9001:2015).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\s*[:：]\s*(?=第?(?:[A-Z]|\d{1,2})(?:\.\d+)*[章条]?$)")]
    private static partial System.Text.RegularExpressions.Regex ClauseAfterColon();

    /// <summary>
    /// "GB/T 19001—2016", "GB/T 19001", "GB/T 19001—2016:7.5", "Q/YNSME 20301—2025：第5章", or a catalogue key.
    /// </summary>
    private static (string Document, string? Clause) Parse(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed))
            throw new UserError("no document given",
                "give a document number, e.g. stdkit refs \"GB/T 19001—2016\" or \"GB/T 19001—2016:7.5\"");
        var text = typed.Trim();
        if (DocumentNumber.TryParse(text, out _)) return (text, null);
        var colon = text.LastIndexOfAny([':', '：']);
        if (colon < 0) return (text, null);
        var document = text[..colon].Trim();
        var clause = text[(colon + 1)..].Trim().TrimStart('第').TrimEnd('章', '条');
        if (document.Length == 0 || clause.Length == 0)
            throw new UserError($"'{text}' names no {(document.Length == 0 ? "document" : "clause")}",
                "write the document number, a colon and the clause, e.g. GB/T 19001—2016:7.5");
        return (document, clause.Normalize(System.Text.NormalizationForm.FormKC));
    }
}

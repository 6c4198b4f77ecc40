using StdKit.Model.Provisions;

namespace StdKit.Search.Records;

/// <summary>
/// One searchable unit of a standard, carrying the numbers the model computed: the clause it belongs to
/// (e.g. "4.3.1", "表1", "3.2", "6.2.1 b)") and the title of that clause.
/// </summary>
/// <param name="Number">The citable number of the unit: the clause, term, list item or table it is.</param>
/// <param name="Title">The title of the enclosing clause (of the nearest titled one for an untitled 条), or the
/// term / table title.</param>
/// <param name="Provision">The provision type its modal verbs make (GB/T 1.1 Annex C); titles, notes, examples,
/// definitions and document entries are statements.</param>
/// <param name="References">What its text cites, in order of appearance.</param>
/// <param name="Headings">The titles of every clause it stands in, outermost first, and of its term or table: words
/// of a heading find the text under it, so a heading is not a unit of its own.</param>
/// <param name="Context">What a reader needs beside the text: a list item's lead-in, a lead-in's items, a table row's
/// header row; null when the text stands alone.</param>
public sealed record ClauseRecord(string Standard, string Number, string? Title, string Text, ClauseKind Kind, int Line,
    ProvisionType Provision, IReadOnlyList<Reference> References, IReadOnlyList<string> Headings, string? Context);

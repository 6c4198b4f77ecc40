using System.Text.RegularExpressions;
using StdKit.Model.Documents;
using StdKit.Model.Body;

namespace StdKit.Search.Records;

/// <summary>
/// Finds the references of a text: resolved cross-references (<c>[[id]]</c>), catalogued citations (<c>[[@number]]</c>)
/// and document numbers the drafter typed as plain text, with the place named right after a document
/// ("中7.5", "第5章", "表A.1", "附录B").
/// </summary>
public static partial class ReferenceFinder
{
    public static IReadOnlyList<Reference> In(IEnumerable<InlineText> texts, DocumentNumber self, string selfTitle)
    {
        var found = new List<Reference>();
        foreach (var text in texts)
        {
            var segments = text.Segments;
            for (var i = 0; i < segments.Count; i++)
            {
                var following = i + 1 < segments.Count && segments[i + 1] is TextRun next ? next.Text : "";
                switch (segments[i])
                {
                    case ElementReference { Target: { } target }:
                        found.Add(Internal(target, self, selfTitle));
                        break;
                    case DocumentCitation { Document: { } document } citation:
                        found.Add(Cited(document, citation.IsDated, following));
                        break;
                    case TextRun run:
                        foreach (var typed in TypedNumbers.Find(run.Text))
                            if (DocumentNumber.TryParse(typed.Text, out var number))
                                found.Add(Typed(number, run.Text[(typed.Index + typed.Text.Length)..]));
                        break;
                }
            }
        }
        return found.Distinct().ToList();
    }

    private static Reference Internal(IReferenceTarget target, DocumentNumber self, string selfTitle)
    {
        var (kind, label) = target switch
        {
            Clause clause => (ReferenceKind.Clause, clause.Number),
            Table => (ReferenceKind.Table, target.ReferenceLabel),
            Figure => (ReferenceKind.Figure, target.ReferenceLabel),
            Annex => (ReferenceKind.Annex, target.ReferenceLabel),
            TermEntry => (ReferenceKind.Term, target.ReferenceLabel),
            _ => (ReferenceKind.ListItem, target.ReferenceLabel),
        };
        return new Reference(kind, self.ToString(), selfTitle, self.Key, self.UndatedKey, label);
    }

    private static Reference Cited(CatalogueEntry document, bool dated, string following)
    {
        var (kind, target) = Place(following);
        if (document.Number is not { } number)
            {
            var key = DocumentKey.Of(document.Key);
            return new Reference(kind, document.Key, document.Title, key, key, target);
        }
        var printed = dated ? number : number.Undated();
        return new Reference(
            kind, printed.ToString(), document.Title, dated ? number.Key : null, number.UndatedKey, target);
    }

    private static Reference Typed(DocumentNumber number, string following)
    {
        var (kind, target) = Place(following);
        return new Reference(
            kind, number.ToString(), null, number.IsDated ? number.Key : null, number.UndatedKey, target);
    }

    /// <summary>The place a citation names right after the document number, if it names one.</summary>
    private static (ReferenceKind, string?) Place(string following)
    {
        var match = PlacePattern().Match(following);
        if (!match.Success) return (ReferenceKind.Document, null);
        if (match.Groups["chapter"].Success) return (ReferenceKind.Clause, match.Groups["chapter"].Value);
        if (match.Groups["clause"].Success) return (ReferenceKind.Clause, match.Groups["clause"].Value);
        var label = match.Groups["label"].Value;
        return (label[0] switch { '表' => ReferenceKind.Table, '图' => ReferenceKind.Figure, _ => ReferenceKind.Annex },
            label);
    }

    [GeneratedRegex(@"^\s*(?:中|的)?\s*(?:第(?<chapter>\d+)章|(?<label>[表图][A-Z]?\.?\d+(?:\.\d+)*|附录[A-Z])"
                    + @"|(?<clause>(?:[A-Z]|\d+)(?:\.\d+)+|\d+(?=\s*条)))")]
    private static partial Regex PlacePattern();
}

using StdKit.Model.Documents;

namespace StdKit.Search.Highlighting;

/// <summary>
/// The citations of a document in a text, found as the knowledge base found them — by the document-number pattern,
/// however the number is typed (GB/T 19001—2016, GB/T19001-2016) — rather than from its tokens, whose "gb", "t" and
/// years stand in every citation. A dated query marks that edition and undated citations of the document; an
/// undated query marks every edition.
/// </summary>
public static class DocumentMarks
{
    public static IEnumerable<TextRange> In(string text, IReadOnlyList<DocumentNumber> documents)
    {
        if (documents.Count == 0) yield break;
        // Fold keeps the length: places in the folded text are places in the text.
        foreach (var typed in TypedNumbers.Find(DocumentNumber.Fold(text)))
        {
            if (!DocumentNumber.TryParse(typed.Text, out var cited)) continue;
            if (documents.Any(d => d.UndatedKey == cited.UndatedKey
                                   && (!d.IsDated || !cited.IsDated || d.Key == cited.Key)))
                yield return new TextRange(typed.Index, typed.Index + typed.Text.Length);
        }
    }
}

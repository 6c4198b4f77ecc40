using StdKit.Model.Documents;

namespace StdKit.Search.Records;

/// <summary>The one comparison key of a cited document, however it was typed.</summary>
public static class DocumentKey
{
    /// <summary>
    /// <see cref="DocumentNumber.Key"/> for a document number ("GB/T19001-2016"); a document without one (a policy
    /// document's catalogue key) folds width, case and spacing the same way.
    /// </summary>
    public static string Of(string typed) =>
        DocumentNumber.TryParse(typed, out var number) ? number.Key : DocumentNumber.Fold(typed).Replace(" ", "");
}

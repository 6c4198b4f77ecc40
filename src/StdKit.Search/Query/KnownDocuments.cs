using System.Text.RegularExpressions;
using StdKit.Model.Documents;

namespace StdKit.Search.Query;

/// <summary>
/// The documents the knowledge base knows — its standards and every document they cite — so that a number typed
/// sloppily still finds them: DB53T1117 and DB53/T1117 are DB53/T 1117, gbt 4754 and GB4754 are GB/T 4754,
/// T/GDCMA 7.3 is clause 7.3 of the T/GDCMA standard, and a bare 19001 is GB/T 19001 when no other document has
/// that sequence number.
/// </summary>
public sealed partial class KnownDocuments
{
    private readonly Dictionary<string, DocumentNumber> _byLooseKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<DocumentNumber>> _standardsByCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<DocumentNumber>> _bySequence = new(StringComparer.Ordinal);
    private readonly List<string> _numbers = [];

    /// <param name="standards">The numbers of the standards in the knowledge base.</param>
    /// <param name="cited">The numbers of the documents they cite.</param>
    public KnownDocuments(IEnumerable<DocumentNumber> standards, IEnumerable<DocumentNumber> cited)
    {
        foreach (var number in standards)
        {
            Add(number);
            var list = _standardsByCode.TryGetValue(Loose(number.Code), out var known)
                ? known
                : _standardsByCode[Loose(number.Code)] = [];
            if (list.All(n => n.UndatedKey != number.UndatedKey)) list.Add(number.Undated());
        }
        foreach (var number in cited) Add(number);
    }

    /// <summary>The documents of a knowledge base: its standards and what they cite.</summary>
    public static KnownDocuments Read(Knowledge.IKnowledgeBase kb) =>
        new(Parse(kb.StandardNumbers()), Parse(kb.CitedDocuments()));

    private static IEnumerable<DocumentNumber> Parse(IEnumerable<string> numbers)
    {
        foreach (var typed in numbers)
            if (DocumentNumber.TryParse(typed, out var number)
                || DocumentNumber.TryParsePrefix(typed, out number, out _))
                yield return number;
    }

    /// <summary>Every number as the knowledge base has it: its standards', then the cited documents'.</summary>
    public IReadOnlyList<string> Numbers => _numbers;

    private void Add(DocumentNumber number)
    {
        _numbers.Add(number.ToString());
        var undated = number.Undated();
        if (!_byLooseKey.TryAdd(Loose(undated.UndatedKey), undated)) return;
        var sequences = _bySequence.TryGetValue(number.Sequence, out var list)
            ? list
            : _bySequence[number.Sequence] = [];
        sequences.Add(undated);
    }

    /// <summary>
    /// The numbers as the query means them, written canonically (the year kept as typed), with a clause number the
    /// typed sequence turned out to be (T/GDCMA 7.3); the number itself when nothing better is known.
    /// </summary>
    public (IReadOnlyList<DocumentNumber> Documents, string? Clause) Resolve(DocumentNumber typed)
    {
        var loose = Loose(typed.UndatedKey);
        if (_byLooseKey.TryGetValue(loose, out var known)) return ([Dated(known, typed)], null);
        // GB 4754 for GB/T 4754 and the other way round: the T is the part people leave out or add.
        var other = loose.StartsWith("GBT", StringComparison.Ordinal) ? "GB" + loose[3..]
            : loose.StartsWith("GB", StringComparison.Ordinal) ? "GBT" + loose[2..]
            : null;
        if (other is not null && _byLooseKey.TryGetValue(other, out known)) return ([Dated(known, typed)], null);
        if (ClauseLike().IsMatch(typed.Sequence) && _standardsByCode.TryGetValue(Loose(typed.Code), out var standards))
            return (standards, typed.Sequence);
        return ([typed], null);
    }

    /// <summary>
    /// The document a word typed without any separator names: QKMRD30201, ynsme20301 (the Q/ of an enterprise or the
    /// T/ of a group standard left out); null when it names none.
    /// </summary>
    public DocumentNumber? Find(string word)
    {
        // Most words typed are Han characters alone, which fold to no letter.
        if (word.All(c => c < '\u0080' && !char.IsAsciiLetter(c) || Highlighting.MarkPattern.IsHan(c))) return null;
        var loose = Loose(DocumentNumber.Fold(word));
        if (!LettersThenDigits().IsMatch(loose)) return null;
        foreach (var prefix in (string[])["", "Q", "T"])
            if (_byLooseKey.TryGetValue(prefix + loose, out var known)) return known;
        return null;
    }

    [GeneratedRegex(@"^[A-Z]+\d+$")]
    private static partial Regex LettersThenDigits();

    /// <summary>The documents whose sequence number is <paramref name="sequence"/> (19001 → GB/T 19001).</summary>
    public IReadOnlyList<DocumentNumber> WithSequence(string sequence) =>
        _bySequence.TryGetValue(sequence, out var list) ? list : [];

    private static DocumentNumber Dated(DocumentNumber known, DocumentNumber typed) =>
        typed.IsDated ? known with { Year = typed.Year, Typed = $"{known.Code} {known.Sequence}—{typed.Year}" } : known;

    /// <summary>A key without slashes and spaces: DB53T1117, GBT4754, QYNSME30101.</summary>
    private static string Loose(string key) => key.Replace("/", "").Replace(" ", "").ToUpperInvariant();

    /// <summary>What a clause number looks like where a sequence number was expected: 7.3, 4, A.2.</summary>
    [GeneratedRegex(@"^(?:\d{1,2}|[A-Z])(?:\.\d+)*$")]
    private static partial Regex ClauseLike();
}

using StdKit.Model.Diagnostics;

namespace StdKit.Model.Documents;

/// <summary>
/// The one list of documents a content tree may cite (code, number, year, title), looked up by number — dated or
/// undated, typed with any dash or spacing — or by key for documents without a number.
/// </summary>
public sealed class Catalogue
{
    private readonly Dictionary<string, CatalogueEntry> _byKey = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<CatalogueEntry>> _byUndatedKey = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<CatalogueEntry> _entries = [];

    public static Catalogue Empty { get; } = new();

    public IReadOnlyList<CatalogueEntry> Entries => _entries;

    /// <summary>Adds an entry; a second entry with the same number or key is a mistake in the catalogue.</summary>
    public void Add(CatalogueEntry entry, DiagnosticBag diagnostics)
    {
        var key = entry.Number?.Key ?? entry.Key;
        if (_byKey.TryGetValue(key, out var existing))
        {
            diagnostics.Add(entry.Source, $"document '{key}' is catalogued twice (first at {existing.Source})",
                "keep one entry per document");
            return;
        }
        _byKey[key] = entry;
        if (!string.Equals(entry.Key, key, StringComparison.OrdinalIgnoreCase)) _byKey.TryAdd(entry.Key, entry);
        if (entry.Number is { } number)
        {
            if (!_byUndatedKey.TryGetValue(number.UndatedKey, out var editions))
                _byUndatedKey[number.UndatedKey] = editions = [];
            editions.Add(entry);
        }
        _entries.Add(entry);
    }

    /// <summary>
    /// Resolves a typed reference. A dated number names that edition; an undated one names the latest edition.
    /// </summary>
    public CatalogueEntry? Find(string typed)
    {
        if (DocumentNumber.TryParse(typed, out var number))
        {
            if (number.IsDated) return _byKey.GetValueOrDefault(number.Key);
            return _byUndatedKey.TryGetValue(number.UndatedKey, out var editions)
                ? editions.MaxBy(e => e.Number!.Year, StringComparer.Ordinal)
                : null;
        }
        return _byKey.GetValueOrDefault(typed.Trim());
    }

    public IEnumerable<string> Keys => _entries.Select(e => e.Number?.ToString() ?? e.Key);
}

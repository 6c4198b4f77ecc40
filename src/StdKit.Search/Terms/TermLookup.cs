using StdKit.Model.Text;
using StdKit.Model.Diagnostics;
using StdKit.Search.Analysis;
using StdKit.Search.Knowledge;

namespace StdKit.Search.Terms;

/// <summary>One standard's entry for a term.</summary>
/// <param name="Variant">Which of the term's different definitions this is: 1, 2 …; equal definitions share
/// one.</param>
public sealed record TermDefinition(string Standard, string StandardTitle, string? Agency, string Number, string Term,
    string? EnglishTerm, string Definition, string? Source, int Variant);

/// <summary>A term entry as the knowledge base keeps it, with its standard.</summary>
public sealed record TermRow(string Standard, string StandardTitle, string? Agency, string Number, string Term,
    string? EnglishTerm, string Definition, string? Source);

/// <summary>A term and how each standard that defines it defines it.</summary>
public sealed record TermGroup(string Term, IReadOnlyList<TermDefinition> Definitions)
{
    /// <summary>Two standards define the term differently (GB/T 1.1 wants one concept, one definition).</summary>
    public bool DefinedDifferently => Definitions.Any(d => d.Variant > 1);
}

/// <summary>
/// Finds term entries (术语条目) across every standard of the knowledge base by a word of the term or its English term,
/// traditional and simplified characters alike.
/// </summary>
public static class TermLookup
{
    public static IReadOnlyList<TermGroup> Find(IKnowledgeBase kb, string? word)
    {
        word = word is null ? null : TextHygiene.Scrub(word);
        if (string.IsNullOrWhiteSpace(word))
            throw new UserError("no term given", "give a word of the term, e.g. stdkit terms 服务机构");
        return Lookup(kb, word.Trim());
    }

    /// <summary>Every term of the knowledge base, grouped as <see cref="Find"/> groups them.</summary>
    public static IReadOnlyList<TermGroup> All(IKnowledgeBase kb) => Lookup(kb, "");

    /// <summary>Compared here rather than in either store, so that both fold traditional characters alike.</summary>
    private static IReadOnlyList<TermGroup> Lookup(IKnowledgeBase kb, string typed)
    {
        var folded = SimplifiedFolding.Fold(typed);
        var rows = kb.TermEntries().Where(r => SimplifiedFolding.Fold(r.Term).Contains(folded, StringComparison.Ordinal)
            || (r.EnglishTerm ?? "").Contains(typed, StringComparison.OrdinalIgnoreCase)).ToList();
        return rows
            .GroupBy(r => Compact(r.Term))
            .Select(group =>
            {
                var variants = group.Select(r => Compact(r.Definition)).Distinct().ToList();
                return new TermGroup(group.First().Term, group.Select(r => new TermDefinition(r.Standard,
                    r.StandardTitle, r.Agency, r.Number, r.Term, r.EnglishTerm, r.Definition, r.Source,
                    variants.IndexOf(Compact(r.Definition)) + 1)).ToList());
            })
            .OrderBy(g => g.Term == typed ? 0 : 1)
            .ThenBy(g => g.Term.Length)
            .ThenBy(g => g.Term, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Spacing, punctuation and traditional characters do not make a term or a definition different.</summary>
    private static string Compact(string text) => new(SimplifiedFolding.Fold(text)
        .Where(char.IsLetterOrDigit)
        .Select(char.ToLowerInvariant)
        .ToArray());
}

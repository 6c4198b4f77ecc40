using StdKit.Search.References;
using StdKit.Search.Terms;

namespace StdKit.Search.Knowledge;

/// <summary>
/// The knowledge base (知识库): the record of every indexed standard — metadata, clauses with their provision types,
/// term entries and references — kept in an SQLite file (the embedded default) or in PostgreSQL (shared by many
/// nodes). The Lucene index is a cache built from it. A reader sees one generation from one <see cref="Refresh"/> to
/// the next, whatever another process fills meanwhile. A connection that serves searches is used by one thread at a
/// time.
/// </summary>
public interface IKnowledgeBase : IDisposable
{
    KnowledgeBaseLocation Location { get; }

    /// <summary>
    /// Random at creation: tells an index built from this knowledge base from one built from an earlier one.
    /// </summary>
    string Id { get; }

    /// <summary>
    /// Raised by every fill that changes something; the index records the generation it was built from.
    /// </summary>
    long Generation { get; }

    /// <summary>
    /// Moves the reader to the latest generation committed, and keeps it there until the next refresh.
    /// </summary>
    void Refresh();

    /// <summary>
    /// In each scope, a standard whose hash is unchanged is skipped, a changed one replaced, a new one added and one
    /// no longer in the scope removed; scopes not given are left as they are. One transaction, serialised with any
    /// other writer: a failure leaves the previous state.
    /// </summary>
    FillResult Fill(FillInput input);

    /// <summary>
    /// The layers of the framework in its order, then any other layer a standard names in its front matter.
    /// </summary>
    IReadOnlyList<string> Layers();

    /// <summary>The agencies whose systems are in the knowledge base: id and name.</summary>
    IReadOnlyList<(string Id, string Name)> Agencies();

    /// <summary>The number of every standard, as printed, in order.</summary>
    IReadOnlyList<string> StandardNumbers();

    /// <summary>The title of each standard number, as printed.</summary>
    IReadOnlyDictionary<string, string> StandardTitles();

    long ClauseCount();

    /// <summary>Every standard: the tree's own first, then each agency's, by number.</summary>
    IReadOnlyList<ListedStandard> Standards();

    /// <summary>
    /// The standard of that number as printed (the tree's own before an agency's, should both hold it).
    /// </summary>
    ListedStandard? FindStandard(string number);

    /// <summary>
    /// The standard of a comparison key, dated or undated; null when the knowledge base does not hold it.
    /// </summary>
    ListedStandard? CitedStandard(string key);

    /// <summary>
    /// How many clauses of other standards cite each place of this one ("7.5", "表1", "附录A"), by undated number:
    /// an undated citation means the latest edition, which is the one the knowledge base holds. With a scope, only
    /// the citing standards it may see count.
    /// </summary>
    IReadOnlyDictionary<string, int> CitationCounts(string number, SearchScope? scope = null);

    /// <summary>
    /// Every clause, streamed for indexes of any size, in the order of the content: standards by agency, file and
    /// number, each one's clauses as they stand in it — not by row id, which depends on the order of the fills.
    /// </summary>
    IEnumerable<IndexedClause> IndexedClauses();

    /// <summary>The clauses of the standards of these row ids, in the order of the content.</summary>
    IEnumerable<IndexedClause> IndexedClauses(IReadOnlyCollection<long> standardIds);

    /// <summary>
    /// The row id and content hash of every standard. A fill never changes a standard's row — it replaces or removes
    /// it — so the pairs tell an index which standards left and which came since the generation it was built from;
    /// the hash also tells a new row from an old one whose id SQLite gave again.
    /// </summary>
    IReadOnlyDictionary<long, string> StandardHashes();

    /// <summary>Each distinct term entry: term and English term.</summary>
    IReadOnlyList<(string Term, string? English)> VocabularyTerms();

    /// <summary>Every distinct title of standards and clauses.</summary>
    IReadOnlyList<string> Titles();

    /// <summary>The texts of the units under a heading of abbreviations (缩略语): "VC：风险投资".</summary>
    IReadOnlyList<string> AbbreviationLines();

    IReadOnlyList<(string Word, string Alternative)> Synonyms();

    /// <summary>The numbers of every document cited, as typed.</summary>
    IReadOnlyList<string> CitedDocuments();

    /// <summary>Every term entry with its standard, by standard number and in the order of each standard.</summary>
    IReadOnlyList<TermRow> TermEntries();

    /// <summary>
    /// Where the document (dated key, or null for any edition; undated key) is cited — in the place
    /// <paramref name="clause"/> and below it when given — and what it cites.
    /// </summary>
    ReferenceRows References(string? dated, string undated, string? clause);
}

namespace StdKit.Search.Knowledge;

/// <summary>What the knowledge base holds that the query side needs to understand a query.</summary>
public static class VocabularyRows
{
    /// <summary>Each term entry: term and English term.</summary>
    public static IEnumerable<(string Term, string? English)> Terms(KnowledgeBase kb) =>
        kb.Query("SELECT DISTINCT term, english FROM terms", r => (r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1)));

    /// <summary>Every distinct title: of standards, clauses, terms and tables.</summary>
    public static IEnumerable<string> Titles(KnowledgeBase kb) =>
        kb.Query("SELECT title FROM standards UNION SELECT title FROM clauses WHERE title IS NOT NULL", r => r.GetString(0));

    /// <summary>The texts of the units under a heading of abbreviations (缩略语): "VC：风险投资".</summary>
    public static IEnumerable<string> AbbreviationLines(KnowledgeBase kb) =>
        kb.Query("SELECT DISTINCT text FROM clauses WHERE headings LIKE '%缩略语%' AND kind = 'paragraph'", r => r.GetString(0));

    public static IEnumerable<(string Word, string Alternative)> Synonyms(KnowledgeBase kb) =>
        kb.Query("SELECT word, alternative FROM synonyms", r => (r.GetString(0), r.GetString(1)));

    /// <summary>The numbers of the standards, as printed.</summary>
    public static IEnumerable<string> StandardNumbers(KnowledgeBase kb) =>
        kb.Query("SELECT DISTINCT number FROM standards", r => r.GetString(0));

    /// <summary>The numbers of every document cited, as typed.</summary>
    public static IEnumerable<string> CitedDocuments(KnowledgeBase kb) =>
        kb.Query("SELECT DISTINCT document FROM clause_references", r => r.GetString(0));
}

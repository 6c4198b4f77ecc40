using Lucene.Net.Index;
using Lucene.Net.Search;
using StdKit.Model.Documents;
using StdKit.Search.Analysis;
using StdKit.Search.Highlighting;
using StdKit.Search.Index;

namespace StdKit.Search.Query;

/// <summary>
/// The query of what a user typed: <see cref="Strict"/> asks for every bigram of the words; <see cref="Lenient"/>, when
/// there are four or more, for three in four of them, and is run only when the strict query finds too little — a
/// query with "系要" still finds "质量管理体系　要求", and the common case stays a fast conjunction.
/// <see cref="Marked"/> holds what to mark in a hit, including a cited document's number, which is matched through
/// the citation rather than in the text.
/// </summary>
public sealed record ClauseQuery(Lucene.Net.Search.Query Strict, Lucene.Net.Search.Query? Lenient, Marking Marked);

/// <summary>
/// Builds the Lucene query of a <see cref="QueryText"/> programmatically — never through a query parser, whose syntax
/// any user text could break ("GB/T" starts a regular expression there). Every part must match:
/// <list type="bullet">
/// <item>words: their bigrams in the text or the title above it (or ¾ of them, leniently), the exact phrase ranked
/// first;</item>
/// <item>a quoted phrase: its bigrams in sequence;</item>
/// <item>a document number: the standard itself, or the clauses citing it;</item>
/// <item>a clause number: that clause first, then its subclauses and the text that mentions it.</item>
/// </list>
/// </summary>
public static class ClauseQueryBuilder
{
    public static ClauseQuery Build(QueryText text)
    {
        var words = Analyze(text.Words);
        var others = Others(text);
        if (words.Count == 0 && others.Count == 0)
            throw new SearchException("the query has nothing to search for: only punctuation or symbols",
                "give words, numbers, a document number such as GB/T 19001 or a clause number such as 4.3");
        var marked = Marked(text);
        if (words.Count == 0) return new ClauseQuery(All(others), null, marked);
        var required = (int)Math.Ceiling(0.75 * words.Count);
        return new ClauseQuery(All([Words(words, words.Count), .. others]),
            required < words.Count ? All([Words(words, required), .. others]) : null, marked);
    }

    /// <summary>Each word, phrase, clause number and document number of the text, as what to mark of it in a hit.</summary>
    private static Marking Marked(QueryText text)
    {
        var words = text.Words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => MarkPattern.Of(Analyze(w), sequenceOnly: false));
        var phrases = text.Phrases.Select(p => MarkPattern.Of(Analyze(p), sequenceOnly: true));
        // A clause number is marked where the text names it whole ("见4.3.1"), not as the 表 and 1 of 表1.
        var clauses = text.ClauseNumbers.Select(Analyze).Where(tokens => tokens.Count == 1).Select(t => MarkPattern.Of(t, sequenceOnly: true));
        return new Marking(words.Concat(phrases).Concat(clauses).Where(p => p.Tokens.Count > 0).ToList(), text.Documents);
    }

    private static List<Lucene.Net.Search.Query> Others(QueryText text)
    {
        var parts = new List<Lucene.Net.Search.Query>();
        foreach (var phrase in text.Phrases)
            if (Analyze(phrase) is { Count: > 0 } tokens) parts.Add(Phrase(tokens));
        foreach (var number in text.Documents) parts.Add(Document(number));
        foreach (var clause in text.ClauseNumbers) parts.Add(ClauseNumber(clause));
        return parts;
    }

    private static Lucene.Net.Search.Query All(List<Lucene.Net.Search.Query> parts)
    {
        if (parts.Count == 1) return parts[0];
        var all = new BooleanQuery();
        foreach (var part in parts) all.Add(part, Occur.MUST);
        return all;
    }

    private static List<AnalyzedToken> Analyze(string text) => AnalyzedToken.Read(ChineseAnalyzer.Query, ClauseFields.Body, text);

    private static Lucene.Net.Search.Query Words(List<AnalyzedToken> tokens, int required)
    {
        if (tokens.Count == 1) return Term(tokens[0]);
        var query = new BooleanQuery();
        // All of them is a conjunction, which Lucene walks much faster than a minimum-should-match.
        foreach (var token in tokens) query.Add(Term(token), required == tokens.Count ? Occur.MUST : Occur.SHOULD);
        if (required < tokens.Count) query.MinimumNumberShouldMatch = required;
        // Bigrams that touch one another match in sequence anyway; only a broken or partial match needs the phrase to rank.
        if (required == tokens.Count && Consecutive(tokens)) return query;
        var ranked = new BooleanQuery { { query, Occur.MUST } };
        var exact = Phrase(tokens);
        exact.Boost = 2;
        ranked.Add(exact, Occur.SHOULD);
        return ranked;
    }

    private static bool Consecutive(List<AnalyzedToken> tokens) =>
        tokens.Zip(tokens.Skip(1)).All(pair => pair.Second.Position == pair.First.Position + 1);

    private static TermQuery Term(AnalyzedToken token) => new(new Term(ClauseFields.Body, token.Term));

    private static Lucene.Net.Search.Query Phrase(List<AnalyzedToken> tokens)
    {
        if (tokens.Count == 1) return Term(tokens[0]);
        var phrase = new PhraseQuery();
        foreach (var token in tokens) phrase.Add(new Term(ClauseFields.Body, token.Term), token.Position);
        return phrase;
    }

    /// <summary>
    /// Citations rank above the standard's own clauses. A number typed in text is a citation too (the knowledge base
    /// finds typed numbers), so the text itself is not searched: "gb", "t" and years are in every citation. The better
    /// of the two counts (a clause seldom is both): a disjunction-max walks its postings in order, where a boolean
    /// disjunction would fill a table of 2,048 buckets for every search.
    /// </summary>
    private static Lucene.Net.Search.Query Document(DocumentNumber number) => new DisjunctionMaxQuery(0)
    {
        new TermQuery(new Term(ClauseFields.Cites, number.Key)) { Boost = 3 },
        new TermQuery(new Term(ClauseFields.DocumentNumber, number.Key)),
    };

    private static Lucene.Net.Search.Query ClauseNumber(string number)
    {
        var query = new BooleanQuery();
        if (AnalyzedToken.Read(ClauseNumberAnalyzer.Query, ClauseFields.ClauseExact, number) is [var path])
        {
            query.Add(new TermQuery(new Term(ClauseFields.ClauseExact, path.Term)) { Boost = 4 }, Occur.SHOULD);
            query.Add(new TermQuery(new Term(ClauseFields.ClauseNumber, path.Term)), Occur.SHOULD);
        }
        if (Analyze(number) is { Count: > 0 } mentioned)
        {
            var inText = Phrase(mentioned);
            inText.Boost = 0.5f;
            query.Add(inText, Occur.SHOULD);
        }
        return query;
    }
}

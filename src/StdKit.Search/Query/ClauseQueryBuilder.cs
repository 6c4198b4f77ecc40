using StdKit.Model.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using StdKit.Model.Documents;
using StdKit.Search.Analysis;
using StdKit.Search.Highlighting;
using StdKit.Search.Index;

namespace StdKit.Search.Query;

/// <summary>
/// A word of the query with what else it finds: itself first (weight 1), then synonyms and number forms.
/// </summary>
public sealed record QueryWord(string Text, IReadOnlyList<Alternative> Alternatives);

/// <summary>
/// The query of what a user typed, as a sequence of <see cref="Levels"/>: the first asks for every word, each next
/// one for fewer of them (most, half, any) and is run only when the ones before found less than a page — what
/// matches all the words ranks first, then what matches most of them, the rarest words weighing most (BM25).
/// <see cref="Words"/> and <see cref="WordQueries"/> are the words that had to match, to tell which were found
/// nowhere; <see cref="Ignored"/> the words of the question that need not stand in the text.
/// </summary>
public sealed record ClauseQuery(IReadOnlyList<Lucene.Net.Search.Query> Levels, IReadOnlyList<QueryWord> Words,
    IReadOnlyList<Lucene.Net.Search.Query> WordQueries, IReadOnlyList<string> Ignored, bool LeansToRequirements,
    Marking Marked)
{
    public Lucene.Net.Search.Query Strict => Levels[0];
}

/// <summary>
/// Builds the Lucene query of a <see cref="QueryText"/> programmatically — never through a query parser, whose syntax
/// any user text could break ("GB/T" starts a regular expression there). The words are split as a reader would
/// (<see cref="WordSegmenter"/>); question words drop out, words that ask for obligations make requirement clauses
/// rank first; each word finds its synonyms and its other number form too, below the literal word. Every other
/// part must match:
/// <list type="bullet">
/// <item>a quoted phrase: its bigrams in sequence;</item>
/// <item>a document number: the standard itself, or the clauses citing it;</item>
/// <item>a clause number: that clause first, then its subclauses and the text that mentions it.</item>
/// </list>
/// </summary>
/// <param name="kept">A word's or a term's query as the index keeps it evaluated in full, if it does (a word with
/// synonyms or a term in many clauses: <see cref="ChampionLists.Scored"/>); null: all from their postings.</param>
public sealed class ClauseQueryBuilder(SearchVocabulary vocabulary, WordSegmenter segmenter,
    Func<Lucene.Net.Search.Query, Lucene.Net.Search.Query?>? kept = null)
{
    /// <summary>How much more a requirement clause counts when the question asks for obligations.</summary>
    private const float RequirementLean = 2f;

    /// <summary>How much more a clause counts that gives the kind of answer a question asks for.</summary>
    private const float AnswerLean = 8f;

    /// <summary>How much more the definition of a term counts when a query names the term.</summary>
    private const float DefinitionLean = 4f;

    /// <summary>How much a pair between the covering pairs of a word counts: the word standing whole ranks
    /// first.</summary>
    private const float GapWeight = 2f;

    /// <summary>What a clause that states the kind of answer a word names (时限: 5个工作日内) counts for the word.</summary>
    private const float NamedAnswerWeight = 3f;

    /// <summary>A number in its other form is nearly the word typed.</summary>
    private const float NumberFormWeight = 0.9f;

    public ClauseQuery Build(QueryText text)
    {
        var segments = segmenter.Split(text.Words);
        var words = Words(segments, SegmentKind.Word);
        var obligations = Words(segments, SegmentKind.Obligation);
        // A few characters typed alone (要求, 和, 的有) are what the query is about, whatever they mean in a question.
        if (words.Count == 0 && Others(text).Count == 0 && text.Words.Trim() is { Length: > 0 and <= 3 } alone
            && Word(alone) is { Alternatives.Count: > 0 } typed)
            (words, obligations) = ([typed], []);
        // A single character beside longer words (完 of 处理完, 看 of 给银行看) is more often how the question is put
        // than what it is about: it ranks the clauses that have it, but need not stand in them — and one in most
        // clauses (应, 务) is left out, as its optional postings would be walked whole for next to no weight.
        var weak = words.Any(w => !IsOneHan(w.Text)) ? words.Where(w => IsOneHan(w.Text)).ToList() : [];
        words = words.Except(weak).ToList();
        weak = weak.Where(w => !segmenter.IsCommon(w.Text)).ToList();
        var ignored = segments
            .Where(s => s.Kind != SegmentKind.Word && words.All(w => w.Text != s.Text))
            .Select(s => s.Text)
            .ToList();
        var leans = segments.Any(s => s.Kind == SegmentKind.Obligation);
        var kinds = segments.Select(s => QueryWordList.AnswerTypeOf(s.Text)).OfType<string>().Distinct().ToList();
        // A time asked with 一次 after it (多久搞一次, 多长时间检查一次) asks how often.
        if (kinds.Contains(AnswerTypes.Time) && words.FirstOrDefault(w => w.Text is "一次" or "1次") is { } once)
        {
            kinds = [.. kinds.Where(k => k != AnswerTypes.Time), AnswerTypes.Frequency];
            words.Remove(once);
        }
        var answers = kinds.Distinct().Select(Answer).ToList();
        // Obligation words in the text (要求, 规定) count where they stand, and are marked, but need not stand; so does
        // the definition of a term the query names.
        var optional = obligations.Concat(weak).Select(WordQuery)
            .Concat(words.Where(w => vocabulary.IsTerm(w.Text)).Select(Definition))
            .ToList();
        var others = Others(text);
        if (words.Count == 0 && others.Count == 0)
            throw ignored.Count > 0
                ? new UserError($"the query has only question words ({string.Join("、", ignored)}), nothing to look for",
                    "say what it is about, e.g. 投诉 处理时限 or 纸质材料 保存")
                : new UserError("the query has nothing to search for: only punctuation or symbols",
                    "give words, numbers, a document number such as GB/T 19001 or a clause number such as 4.3");
        var wordQueries = words.Select(WordQuery).ToList();
        var levels = new List<Lucene.Net.Search.Query>();
        // The kind of answer a question asks for (多久: a time limit) counts as one of its words: a clause that gives
        // one and has most of the words is found with those that have every word and give none. Some word must match.
        if (words.Count == 0) optional.AddRange(answers);
        // A clause that does not give the answer asked for must have every word, and comes after those that give it
        // with one word less: what the question asks (去哪: a channel) outweighs the words around it (顾客、不满意);
        // last comes every clause with some word.
        List<Lucene.Net.Search.Query> concepts = words.Count == 0 ? [] : [.. wordQueries, .. answers];
        foreach (var required in Required(concepts.Count))
            levels.Add(Lean(All([.. required == concepts.Count - 1 && answers.Count > 0 && words.Count >= 2
                    ? [.. answers, .. Match(wordQueries, words.Count - 1)] : Match(concepts, required),
                .. required <= answers.Count ? Match(wordQueries, 1) : [],
                .. answers.Count > 0 && required < concepts.Count - 1
                    ? new[] { AnswerOrAll(answers, wordQueries) } : [],
                .. others]), leans, optional));
        if (answers.Count > 0 && words.Count > 0)
            levels.Add(Lean(All([.. Match(wordQueries, 1), .. others]), leans, [.. optional, .. answers]));
        // One long word (质量管理体系要求 typed without a break) may stand with a break in the text.
        if (words.Count == 1 && Analyze(words[0].Text) is { Count: >= 4 } tokens)
            levels.Add(Lean(
                All([Bigrams(tokens, (int)Math.Ceiling(0.75 * tokens.Count)), .. others]), leans, optional));
        // Last, the most specific part alone: the document or clause number, whatever the words (谁引用了 GB/T 31950).
        if (others.Count > 0) levels.Add(Lean(All(others), leans, [.. optional, .. wordQueries]));
        return new ClauseQuery(levels, words, wordQueries, ignored, leans,
            Marked(text, segments, [.. words, .. weak, .. obligations]));
    }

    private static bool IsOneHan(string word) => word.Length == 1 && MarkPattern.IsHan(word[0]);

    private List<QueryWord> Words(IReadOnlyList<Segment> segments, SegmentKind kind) =>
        segments.Where(s => s.Kind == kind).Select(s => Word(s.Text)).Where(w => w.Alternatives.Count > 0).ToList();

    /// <summary>All the words; then most of them, half of them, any one: each a level of its own.</summary>
    private static IEnumerable<int> Required(int words) => words == 0 ? []
        : new[] { words, words - 1, (int)Math.Ceiling(0.75 * words), (int)Math.Ceiling(0.5 * words), 1 }
            .Where(n => n >= 1 && n <= words).Distinct().OrderDescending();

    private QueryWord Word(string text)
    {
        var alternatives = new List<Alternative> { new(text, 1) };
        if (Numerals.Variant(text) is { } number) alternatives.Add(new Alternative(number, NumberFormWeight));
        alternatives.AddRange(vocabulary.AlternativesOf(text).Where(a => alternatives.All(b => b.Text != a.Text)));
        return new QueryWord(text, alternatives.Where(a => Analyze(a.Text).Count > 0).ToList());
    }

    /// <summary>
    /// The word or any of its alternatives, the best match counting. An alternative of more tokens than the word
    /// (计算机 for 电脑) would add up more term scores: its weight is shared out over them, so it stays below.
    /// </summary>
    private Lucene.Net.Search.Query WordQuery(QueryWord word)
    {
        var literal = Analyze(word.Alternatives[0].Text).Count;
        var queries = word.Alternatives.Select((a, i) =>
        {
            var tokens = Analyze(a.Text);
            var query = AlternativeQuery(tokens, whole: i > 0 && Covering(tokens).All(t => segmenter.IsCommon(t.Term)));
            query.Boost = a.Weight * Math.Min(1f, (float)literal / tokens.Count);
            return query;
        }).ToList();
        // A word that names a kind of answer (时限) finds the clauses that state one (5个工作日内) too.
        if (QueryWordList.NamedAnswerOf(SimplifiedFolding.Fold(word.Text)) is { } kind)
            queries.Add(new ConstantScoreQuery(new RememberedTermQuery(ClauseFields.Answer, kind))
            {
                Boost = NamedAnswerWeight,
            });
        var any = queries[0];
        if (queries.Count > 1)
        {
            var best = new DisjunctionMaxQuery(0.1f);
            foreach (var query in queries) best.Add(query);
            any = best;
        }
        return kept?.Invoke(any) ?? any;
    }

    /// <summary>
    /// A word of Han characters asks for the pairs that cover it (投诉处理: 投诉 and 处理), so that 投诉的处理 is found
    /// too; the pairs between them (诉处), optional, rank the word whole first — a term each, where a phrase would
    /// read the positions of every clause that has the covering pairs. A synonym whose covering pairs are all common
    /// (服务人员: 服务 and 人员) asks for every pair (<paramref name="whole"/>): two such pairs in one clause say
    /// little, and its rarest pair (务人) leads the search instead of two in most clauses. Any other word asks for all
    /// its tokens, in sequence first.
    /// </summary>
    private Lucene.Net.Search.Query AlternativeQuery(IReadOnlyList<AnalyzedToken> tokens, bool whole)
    {
        if (tokens.Count == 1) return Term(tokens[0]);
        // A percentage (80％: 80 80pct) finds the number too, the percentage first: the ≥95 of a table row whose
        // quantity is in per cent (履约率/％) is 95％.
        if (tokens is [var number, var percent]
            && percent.Term.EndsWith(ChineseAnalyzer.PercentSuffix, StringComparison.Ordinal))
            return new BooleanQuery { { Term(percent), Occur.SHOULD }, { Term(number), Occur.SHOULD } };
        var query = new BooleanQuery();
        if (!Consecutive(tokens))
        {
            foreach (var token in tokens) query.Add(Term(token), Occur.MUST);
            var exact = Phrase(tokens);
            exact.Boost = 2;
            query.Add(exact, Occur.SHOULD);
            return query;
        }
        var covering = Covering(tokens).ToHashSet();
        foreach (var token in tokens)
        {
            var term = Term(token);
            if (!covering.Contains(token)) term.Boost = GapWeight;
            query.Add(term, whole || covering.Contains(token) ? Occur.MUST : Occur.SHOULD);
        }
        return query;
    }

    /// <summary>The pairs of a word that cover it: every other one, and the last.</summary>
    private static IEnumerable<AnalyzedToken> Covering(IReadOnlyList<AnalyzedToken> tokens) =>
        tokens.Where((_, i) => i % 2 == 0 || i == tokens.Count - 1);

    private static List<Lucene.Net.Search.Query> Match(List<Lucene.Net.Search.Query> words, int required)
    {
        if (required == words.Count) return words;
        var some = new BooleanQuery { MinimumNumberShouldMatch = required };
        foreach (var word in words) some.Add(word, Occur.SHOULD);
        return [some];
    }

    /// <summary>Clauses that give an answer asked for, or have every word.</summary>
    private static Lucene.Net.Search.Query AnswerOrAll(List<Lucene.Net.Search.Query> answers,
        List<Lucene.Net.Search.Query> words)
    {
        var any = new BooleanQuery { { All(words), Occur.SHOULD } };
        foreach (var answer in answers) any.Add(answer, Occur.SHOULD);
        return any;
    }

    /// <summary>Clauses that give the kind of answer asked for.</summary>
    private static Lucene.Net.Search.Query Answer(string kind) =>
        new ConstantScoreQuery(new RememberedTermQuery(ClauseFields.Answer, kind)) { Boost = AnswerLean };

    /// <summary>The term entry that defines the word.</summary>
    private static Lucene.Net.Search.Query Definition(QueryWord word) =>
        new ConstantScoreQuery(
            new RememberedTermQuery(ClauseFields.DefinedTerm, ClauseDocuments.DefinedTerm(word.Text)))
        {
            Boost = DefinitionLean,
        };

    /// <summary>The query, with requirement clauses and the optional words ranking its matches.</summary>
    private static Lucene.Net.Search.Query Lean(Lucene.Net.Search.Query query, bool leans,
        IReadOnlyList<Lucene.Net.Search.Query> optional)
    {
        var ranked = query;
        if (optional.Count > 0)
        {
            var words = new BooleanQuery { { query, Occur.MUST } };
            foreach (var word in optional) words.Add(word, Occur.SHOULD);
            ranked = words;
        }
        return leans ? new ProvisionLeanQuery(ranked, "requirement", RequirementLean) : ranked;
    }

    /// <summary>
    /// What to mark in a hit: each run of words typed together, whole where it stands whole and else word by word
    /// (never a pair of characters across two words); each synonym; each phrase, clause number and document number.
    /// </summary>
    private static Marking Marked(QueryText text, IReadOnlyList<Segment> segments, IReadOnlyList<QueryWord> words)
    {
        var runs = new List<List<string>>();
        var run = new List<string>();
        foreach (var segment in segments)
        {
            if (words.Any(w => w.Text == segment.Text)) run.Add(segment.Text);
            else if (run.Count > 0) (runs, run) = ([.. runs, run], []);
        }
        if (run.Count > 0) runs.Add(run);
        var marked = runs.Select(r => MarkPattern.Of(Analyze(string.Concat(r)), sequenceOnly: false, r))
            .Concat(words
                .SelectMany(w => w.Alternatives.Skip(1))
                .Select(a => MarkPattern.Of(Analyze(a.Text), sequenceOnly: false)));
        var phrases = text.Phrases.Select(p => MarkPattern.Of(Analyze(p), sequenceOnly: true));
        // A clause number is marked where the text names it whole ("见4.3.1"), not as the 表 and 1 of 表1.
        var clauses = text.ClauseNumbers
            .Select(Analyze)
            .Where(tokens => tokens.Count == 1)
            .Select(t => MarkPattern.Of(t, sequenceOnly: true));
        return new Marking(marked.Concat(phrases).Concat(clauses).Where(p => p.Tokens.Count > 0).ToList(),
            text.Documents.SelectMany(d => d.AnyOf).ToList());
    }

    private List<Lucene.Net.Search.Query> Others(QueryText text)
    {
        var parts = new List<Lucene.Net.Search.Query>();
        foreach (var phrase in text.Phrases)
            if (Analyze(phrase) is { Count: > 0 } tokens) parts.Add(TextPhrase(tokens));
        foreach (var choice in text.Documents) parts.Add(Document(choice));
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

    /// <summary>More words than queries use in a long day; beyond it the analyses are forgotten and made
    /// again.</summary>
    private const int MaxAnalyzed = 100_000;

    /// <summary>Each word's tokens, kept: the same words recur from one search to the next, and analysing one builds a
    /// token stream with its character filters.</summary>
    private static readonly BoundedMemo<IReadOnlyList<AnalyzedToken>> Analyzed = new(MaxAnalyzed);

    private static IReadOnlyList<AnalyzedToken> Analyze(string text) =>
        Analyzed.Get(text, t => AnalyzedToken.Read(ChineseAnalyzer.Query, ClauseFields.Body, t));

    private Lucene.Net.Search.Query Bigrams(IReadOnlyList<AnalyzedToken> tokens, int required)
    {
        var query = new BooleanQuery { MinimumNumberShouldMatch = required };
        foreach (var token in tokens) query.Add(Term(token), Occur.SHOULD);
        var ranked = new BooleanQuery { { query, Occur.MUST } };
        var exact = Phrase(tokens);
        exact.Boost = 2;
        ranked.Add(exact, Occur.SHOULD);
        return ranked;
    }

    private static bool Consecutive(IReadOnlyList<AnalyzedToken> tokens) =>
        tokens.Zip(tokens.Skip(1)).All(pair => pair.Second.Position == pair.First.Position + 1);

    /// <summary>The token in a clause's text or headings, scored from its kept evaluation where the index keeps one
    /// (a pair in a tenth of the clauses: 服务).</summary>
    private Lucene.Net.Search.Query Term(AnalyzedToken token)
    {
        var term = new TextTermQuery(token.Term);
        return kept?.Invoke(term) ?? term;
    }

    /// <summary>The tokens in sequence in the text, ranking what has them.</summary>
    private Lucene.Net.Search.Query Phrase(IReadOnlyList<AnalyzedToken> tokens) =>
        tokens.Count == 1 ? Term(tokens[0]) : PhraseIn(ClauseFields.Body, tokens);

    /// <summary>The tokens in sequence in the text, or below it in a heading: a quoted phrase must stand.</summary>
    private Lucene.Net.Search.Query TextPhrase(IReadOnlyList<AnalyzedToken> tokens)
    {
        if (tokens.Count == 1) return Term(tokens[0]);
        var heading = PhraseIn(ClauseFields.Heading, tokens);
        heading.Boost = TextTermQuery.HeadingWeight;
        return new DisjunctionMaxQuery(0) { PhraseIn(ClauseFields.Body, tokens), heading };
    }

    private static PhraseQuery PhraseIn(string field, IReadOnlyList<AnalyzedToken> tokens)
    {
        var phrase = new PhraseQuery();
        foreach (var token in tokens) phrase.Add(new Term(field, token.Term), token.Position);
        return phrase;
    }

    /// <summary>
    /// Citations rank above the standard's own clauses. A number typed in text is a citation too (the knowledge base
    /// finds typed numbers), so the text itself is not searched: "gb", "t" and years are in every citation. The better
    /// of the counts (a clause seldom is both): a disjunction-max walks its postings in order, where a boolean
    /// disjunction would fill a table of 2,048 buckets for every search.
    /// </summary>
    private static Lucene.Net.Search.Query Document(DocumentChoice choice)
    {
        var any = new DisjunctionMaxQuery(0);
        foreach (var number in choice.AnyOf)
        {
            any.Add(new RememberedTermQuery(ClauseFields.Cites, number.Key) { Boost = 3 });
            any.Add(new RememberedTermQuery(ClauseFields.DocumentNumber, number.Key));
        }
        return any;
    }

    private Lucene.Net.Search.Query ClauseNumber(string number)
    {
        var query = new BooleanQuery();
        if (AnalyzedToken.Read(ClauseNumberAnalyzer.Query, ClauseFields.ClauseExact, number) is [var path])
        {
            query.Add(new RememberedTermQuery(ClauseFields.ClauseExact, path.Term) { Boost = 4 }, Occur.SHOULD);
            // Its subclauses and units before the text that mentions the number.
            query.Add(new RememberedTermQuery(ClauseFields.ClauseNumber, path.Term) { Boost = 2 }, Occur.SHOULD);
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

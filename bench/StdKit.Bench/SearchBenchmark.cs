using StdKit.Content.Vocabulary;
using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using StdKit.Content.Project;
using StdKit.Model.Documents;
using StdKit.Model.Metadata;
using StdKit.Model.Provisions;
using StdKit.Search;
using StdKit.Search.Index;
using StdKit.Search.Knowledge;
using StdKit.Search.Records;
using StdKit.Indexing.Sources;

namespace StdKit.Bench;

/// <summary>
/// Search at scale: a corpus of synthetic clauses made from the sentences of the sample content (100,000 by default,
/// 1,000,000 with --full, any number with --clauses N) goes into the knowledge base and the Lucene index; then
/// queries of 1, 2, 4 and 6 characters, quoted phrases, document numbers, questions and synonyms run with highlighting
/// and facet counts, warm (elapsed time, or with --cpu the thread's processor time). The same
/// corpus and queries run in SQLite FTS5 (trigram tokenizer; LIKE for 1–2 characters, which trigrams cannot match)
/// in the same run, printed as ratios, with each class's slowest queries. With --keep DIR the knowledge base, index
/// and FTS5 table are left in DIR and used again by the next run with the same size. Prints figures; asserts nothing.
/// </summary>
public static partial class SearchBenchmark
{
    private const int ClausesPerStandard = 100;
    private const int QueriesPerClass = 500;
    private const int RecallSample = 20;
    private const int WarmUpPasses = 3;

    /// <summary>Separates the strings of a peer query of which any may match.</summary>
    private const char AnyOf = '|';

    public static void Run(string contentDir, IReadOnlyList<string> options)
    {
        // Processor time of the thread, for a machine that other work shares; elapsed time otherwise.
        var cpu = options.Contains("--cpu") && ThreadClock.Available;
        if (cpu) _clock = ThreadClock.Milliseconds;
        var sizes = options.Contains("--full") ? new[] { 100_000, 1_000_000 }
            : [BenchOptions.Number(options, "--clauses", 100_000)];
        var project = ContentProject.Load(Path.GetFullPath(contentDir));
        var sample = ContentSources.Read(project, project.Library is null ? [] : [project.DefaultAgency])
            .SelectMany(s => s.Standards).ToList();
        var corpus = new Corpus(sample, project.Synonyms);
        Console.WriteLine($"search: {corpus.Sentences.Count} sample sentences from {sample.Count} standards, " +
            $"{Environment.ProcessorCount} cores, " +
            $"load average {(File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?")}, " +
            $"timed by {(cpu ? "processor time of the thread" : "elapsed time")}");
        var keep = BenchOptions.Value(options, "--keep") is { } kept ? Path.GetFullPath(kept) : null;
        var only = BenchOptions.Value(options, "--only");
        var repeat = BenchOptions.Number(options, "--repeat", 1);
        foreach (var size in sizes) Measure(corpus, size, keep, only, repeat);
    }

    /// <summary>
    /// One size: filled and indexed (or kept), every class timed against the peer — or with <paramref name="only"/>
    /// that class alone, <paramref name="repeat"/> times over and without the peer, to be profiled.
    /// </summary>
    private static void Measure(Corpus corpus, int size, string? keep, string? only, int repeat)
    {
        var folder = keep is null ? Directory.CreateTempSubdirectory("stdkit-search-bench-").FullName
            : Directory.CreateDirectory(Path.Combine(keep, size.ToString())).FullName;
        try
        {
            Console.WriteLine();
            Console.WriteLine($"== {size:N0} clauses");
            var database = Path.Combine(folder, "kb.db");
            var location = KnowledgeBaseLocation.Parse(database);
            var kept = File.Exists(database);
            var fill = Stopwatch.StartNew();
            using var kb = location.OpenForWriting(_ => { });
            if (!kept)
                kb.Fill(new FillInput([new IndexScope(null, corpus.Standards(size))], null, [],
                    corpus.Synonyms.Pairs));
            fill.Stop();
            Console.WriteLine(kept ? $"knowledge base: kept from an earlier run, {Megabytes(FileSize(database))}"
                : $"knowledge base: {Rate(size, fill.Elapsed)} ({fill.Elapsed.TotalSeconds:F1} s), " +
                  Megabytes(FileSize(database)));

            var build = Stopwatch.StartNew();
            using var index = SearchIndex.Open(kb, _ => { });
            build.Stop();
            var indexBytes = FolderSize(location.IndexFolder);
            var textBytes = kb.IndexedClauses().Sum(c => (long)System.Text.Encoding.UTF8.GetByteCount(c.Text));
            Console.WriteLine($"lucene index: {Rate(size, build.Elapsed)} incl. commit and champion lists ({build.Elapsed.TotalSeconds:F1} s, one indexing thread), " +
                $"{Megabytes(indexBytes)} = {(double)indexBytes / textBytes:F1}× the UTF-8 text ({Megabytes(textBytes)}), of which champion lists " +
                $"{Megabytes(new FileInfo(Path.Combine(new IndexFolder(location.IndexFolder).Current!, ChampionLists.FileName)).Length)}; " +
                $"peak working set {Megabytes(PeakMemory())}");

            var queries = corpus.Queries(new Random(size));
            var search = new ClauseSearch(kb, index);
            if (only is not null)
            {
                var asked = queries[only];
                var times = Time(new() { [only] = [.. Enumerable.Repeat(asked, repeat).SelectMany(q => q)] },
                    q => search.Run(new SearchRequest(q, Top: 10)).Hits.Count, out _)[only];
                var allocated = GC.GetAllocatedBytesForCurrentThread();
                foreach (var q in asked) search.Run(new SearchRequest(q, Top: 10));
                var perSearch = (GC.GetAllocatedBytesForCurrentThread() - allocated) / 1024.0 / asked.Count;
                Console.WriteLine($"{only}: p50 {Ms(times, 50)}, p95 {Ms(times, 95)}, p99 {Ms(times, 99)}, " +
                    $"{perSearch:F0} kB allocated a search");
                return;
            }
            var lucene = Time(queries, q => search.Run(new SearchRequest(q, Top: 10)).Hits.Count, out var slowest);
            Console.WriteLine($"peak working set after the queries: {Megabytes(PeakMemory())}");

            using var fts = Fts5.Open(Path.Combine(folder, "fts.db"), kb, out var ftsTime);
            Console.WriteLine($"fts5 trigram: " + (ftsTime == TimeSpan.Zero ? "kept from an earlier run"
                : $"{Rate(size, ftsTime)} ({ftsTime.TotalSeconds:F1} s)") + $", {Megabytes(FileSize(Path.Combine(folder, "fts.db")))}");
            // The peer is given what the words of a question or a synonym come to, as an application would have to.
            var peer = corpus.PeerQueries(queries);
            var sqlite = Time(peer, fts.Search, out _);

            Console.WriteLine($"{"query class",-16} {"lucene p50",10} {"p95",8} {"p99",8} | {"fts5 p50",9} {"p95",8} {"p99",8} | fts5/lucene p50, p95");
            foreach (var (name, times) in lucene)
            {
                var other = sqlite[name];
                Console.WriteLine($"{name,-16} {Ms(times, 50),10} {Ms(times, 95),8} {Ms(times, 99),8} | {Ms(other, 50),9} {Ms(other, 95),8} {Ms(other, 99),8} | " +
                    $"{Percentile(other, 50) / Percentile(times, 50),5:F1}×, {Percentile(other, 95) / Percentile(times, 95),5:F1}×");
            }
            Console.WriteLine("slowest queries of each class (ms):");
            foreach (var (name, queriesOf) in slowest)
                Console.WriteLine($"  {name,-16} " + string.Join(", ", queriesOf.Select(q => $"{q.Query} {q.Ms:F1}")));
            foreach (var name in new[] { "1 character", "2 characters" })
            {
                var sampled = queries[name].Take(RecallSample).ToList();
                var found = sampled.Sum(q => search.Run(new SearchRequest(q, Top: 1)).TotalHits);
                var containing = sampled.Sum(fts.CountContaining);
                var matched = sampled.Sum(fts.CountMatching);
                Console.WriteLine($"recall, {name} ({RecallSample} queries): lucene ranks {found:N0} of the {containing:N0} clauses containing them " +
                    $"({(double)found / containing:P1}); fts5 MATCH finds {matched:N0}, so its LIKE fallback returns them unranked");
            }
        }
        finally
        {
            if (keep is null) Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// Every class's queries three times to warm up, with a pause for the runtime to compile the hot code fully (tiered
    /// compilation does it in the background, late on a busy machine), then each query once, timed by the clock chosen.
    /// </summary>
    private static Dictionary<string, double[]> Time(Dictionary<string, IReadOnlyList<string>> classes,
        Func<string, int> run, out Dictionary<string, List<(string Query, double Ms)>> slowest)
    {
        for (var pass = 0; pass < WarmUpPasses; pass++)
        {
            foreach (var q in classes.Values.SelectMany(c => c)) run(q);
            Thread.Sleep(200);
        }
        var timed = classes.ToDictionary(c => c.Key, c => c.Value.Select(q =>
        {
            var start = _clock();
            run(q);
            return (Query: q, Ms: _clock() - start);
        }).OrderBy(t => t.Ms).ToList());
        slowest = timed.ToDictionary(c => c.Key, c => c.Value.AsEnumerable().Reverse().Take(3).ToList());
        return timed.ToDictionary(c => c.Key, c => c.Value.Select(t => t.Ms).ToArray());
    }

    private static Func<double> _clock = () => Stopwatch.GetTimestamp() * 1000.0 / Stopwatch.Frequency;

    private static double Percentile(double[] sorted, int p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p / 100.0 * sorted.Length) - 1)];
    private static string Ms(double[] sorted, int p) => $"{Percentile(sorted, p):F2}ms";
    private static string Rate(int clauses, TimeSpan time) => $"{clauses / time.TotalSeconds:N0} clauses/s";
    private static string Megabytes(long bytes) => $"{bytes / 1048576.0:N1} MB";
    private static long PeakMemory() => Process.GetCurrentProcess().PeakWorkingSet64;
    private static long FileSize(string path) => new FileInfo(path).Length + (File.Exists(path + "-wal") ? new FileInfo(path + "-wal").Length : 0);
    private static long FolderSize(string path) => Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);

    /// <summary>Synthetic clauses and queries, both drawn from the sentences of the sample content.</summary>
    internal sealed partial class Corpus
    {
        private readonly IReadOnlyList<string> _titles;
        private readonly IReadOnlyList<string> _cited;

        public Corpus(IReadOnlyList<StandardRecord> sample, Synonyms synonyms)
        {
            Synonyms = synonyms;
            Sentences = sample.SelectMany(s => s.Clauses)
                .SelectMany(c => SentenceEnd().Split(c.Text))
                .Select(s => s.Trim())
                .Where(s => s.Length is >= 8 and <= 120)
                .Distinct().ToList();
            _titles = sample.Select(s => s.Metadata.Title).Distinct().ToList();
            _cited = sample.SelectMany(s => s.Clauses).SelectMany(c => c.References)
                .Where(r => r.DatedKey is not null && DocumentNumber.TryParse(r.Document, out _)).Select(r => r.Document).Distinct().ToList();
        }

        public IReadOnlyList<string> Sentences { get; }

        public Synonyms Synonyms { get; }

        /// <summary>Question words put around the words of a question, as staff type them.</summary>
        private static readonly string[] QuestionForms = ["{0}要多久", "{0}有什么要求", "怎么{0}", "{0}需要哪些材料", "{0}必须怎么做"];

        /// <summary>
        /// The queries the peer runs: the same, but for a question its own words (FTS5 has no question words to
        /// drop) and for a synonym the word typed or any of its synonyms (FTS5 has no synonyms), separated by
        /// <see cref="AnyOf"/>.
        /// </summary>
        public Dictionary<string, IReadOnlyList<string>> PeerQueries(Dictionary<string, IReadOnlyList<string>> queries) =>
            queries.ToDictionary(c => c.Key, c => c.Key switch
            {
                "question" => (IReadOnlyList<string>)c.Value.Select(q => _questionCore[q]).ToList(),
                "synonym" => c.Value.Select(q => _synonymCore[q]).ToList(),
                _ => c.Value,
            });

        private readonly Dictionary<string, string> _questionCore = [];
        private readonly Dictionary<string, string> _synonymCore = [];

        /// <summary>Standards of 100 clauses of one to three sample sentences; one clause in twenty cites a sample document.</summary>
        public IEnumerable<StandardRecord> Standards(int clauses)
        {
            var random = new Random(clauses);
            for (var s = 0; s * ClausesPerStandard < clauses; s++)
            {
                var number = new DocumentNumber("T/BENCH", (s + 1).ToString("D6"), "2025", $"T/BENCH {s + 1:D6}—2025");
                var metadata = new StandardMetadata
                {
                    Type = DocumentType.Group, Number = number, Code = "T/BENCH", Banner = "团体标准",
                    Title = _titles[random.Next(_titles.Count)],
                };
                var records = new List<ClauseRecord>();
                for (var c = 0; c < ClausesPerStandard && s * ClausesPerStandard + c < clauses; c++)
                {
                    var text = string.Concat(Enumerable.Range(0, random.Next(1, 4)).Select(_ => Sentences[random.Next(Sentences.Count)] + "。"));
                    IReadOnlyList<Reference> references = [];
                    if (random.Next(20) == 0 && _cited.Count > 0)
                    {
                        var cited = _cited[random.Next(_cited.Count)];
                        DocumentNumber.TryParse(cited, out var citedNumber);
                        var target = $"{random.Next(4, 10)}.{random.Next(1, 6)}";
                        text += $"应符合{cited}中{target}的规定。";
                        references = [new Reference(ReferenceKind.Clause, cited, null, citedNumber.Key, citedNumber.UndatedKey, target)];
                    }
                    var clause = $"{c / 10 + 4}.{c % 10 + 1}";
                    records.Add(new ClauseRecord(number.ToString(), clause, null, text, ClauseKind.Paragraph, c + 1, ModalVerbs.Classify(text), references, [], null));
                }
                yield return new StandardRecord(new StandardOrigin(null, $"bench/{s:D6}.md", null, null), metadata, records, []);
            }
        }

        /// <summary>Substrings of Han characters taken from random sentences, and document numbers the corpus cites.</summary>
        public Dictionary<string, IReadOnlyList<string>> Queries(Random random)
        {
            var han = Sentences.SelectMany(s => HanRun().Matches(s).Select(m => m.Value)).Where(r => r.Length >= 8).ToList();
            IReadOnlyList<string> Take(int length, Func<string, string> shape) => Enumerable.Range(0, QueriesPerClass).Select(_ =>
            {
                var run = han[random.Next(han.Count)];
                return shape(run.Substring(random.Next(run.Length - length + 1), length));
            }).ToList();
            return new()
            {
                ["1 character"] = Take(1, q => q),
                ["2 characters"] = Take(2, q => q),
                ["4 characters"] = Take(4, q => q),
                ["6 characters"] = Take(6, q => q),
                ["phrase"] = Take(8, q => $"\"{q[..4]} {q[4..]}\""),
                ["document number"] = Enumerable.Range(0, QueriesPerClass).Select(_ => _cited[random.Next(_cited.Count)]).ToList(),
                ["question"] = Take(4, q => q).Select(core =>
                {
                    var question = string.Format(QuestionForms[random.Next(QuestionForms.Length)], core);
                    _questionCore[question] = core;
                    return question;
                }).ToList(),
                ["synonym"] = SynonymQueries(random),
            };
        }

        /// <summary>A sentence's word replaced by a synonym of it: 计算机口令 typed as 电脑口令.</summary>
        private List<string> SynonymQueries(Random random)
        {
            var pairs = Synonyms.Pairs.Where(p => Sentences.Any(s => s.Contains(p.Alternative, StringComparison.Ordinal))).ToList();
            return Enumerable.Range(0, QueriesPerClass).Select(_ =>
            {
                var (word, used) = pairs[random.Next(pairs.Count)];
                var sentences = Sentences.Where(s => s.Contains(used, StringComparison.Ordinal)).ToList();
                var sentence = sentences[random.Next(sentences.Count)];
                var at = sentence.IndexOf(used, StringComparison.Ordinal);
                var next = sentence[(at + used.Length)..].TakeWhile(c => HanRun().IsMatch(c.ToString())).Take(2);
                var query = word + string.Concat(next);
                // What the application would search: the word typed or any word it stands for.
                var alternatives = Synonyms.Pairs.Where(p => p.Word == word).Select(p => p.Alternative).Prepend(word)
                    .Select(w => w + string.Concat(next)).Where(w => w.Length >= 3).Distinct().ToList();
                _synonymCore[query] = string.Join(AnyOf,
                    alternatives.Count > 0 ? alternatives : [used + string.Concat(next)]);
                return query;
            }).ToList();
        }

        [GeneratedRegex("[。；！？\n]")]
        private static partial Regex SentenceEnd();

        [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}+")]
        private static partial Regex HanRun();
    }

    /// <summary>
    /// The peer: the same clause texts in an FTS5 table with the trigram tokenizer, searched as an application would —
    /// MATCH with bm25 ranking and highlight() for three characters or more, LIKE for fewer, since trigrams cannot
    /// match them.
    /// </summary>
    private sealed class Fts5 : IDisposable
    {
        private readonly SqliteConnection _connection;

        private Fts5(SqliteConnection connection) => _connection = connection;

        /// <summary>The table at <paramref name="path"/>, built from <paramref name="kb"/> unless kept there.</summary>
        public static Fts5 Open(string path, IKnowledgeBase kb, out TimeSpan time)
        {
            var kept = File.Exists(path);
            var connection = new SqliteConnection($"Data Source={path};Pooling=False");
            connection.Open();
            time = TimeSpan.Zero;
            if (kept) return new Fts5(connection);
            Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; CREATE VIRTUAL TABLE clauses USING fts5(text, tokenize = 'trigram');");
            var watch = Stopwatch.StartNew();
            using (var transaction = connection.BeginTransaction())
            using (var insert = connection.CreateCommand())
            {
                insert.CommandText = "INSERT INTO clauses (rowid, text) VALUES ($id, $text)";
                var id = insert.Parameters.Add("$id", SqliteType.Integer);
                var text = insert.Parameters.Add("$text", SqliteType.Text);
                // The same width folding the Lucene analyzer applies.
                foreach (var clause in kb.IndexedClauses())
                {
                    id.Value = clause.Id;
                    text.Value = clause.Text.Normalize(System.Text.NormalizationForm.FormKC);
                    insert.ExecuteNonQuery();
                }
                transaction.Commit();
            }
            Execute(connection, "PRAGMA wal_checkpoint(TRUNCATE)");
            time = watch.Elapsed;
            return new Fts5(connection);
        }

        /// <summary>Top 10 with the text highlighted, as the Lucene side returns.</summary>
        public int Search(string query)
        {
            var plain = Unquote(query).Plain;
            using var command = _connection.CreateCommand();
            if (plain.Length < 3)
            {
                command.CommandText = "SELECT rowid, text FROM clauses WHERE text LIKE $like LIMIT 10";
                command.Parameters.AddWithValue("$like", $"%{plain}%");
            }
            else
            {
                command.CommandText = "SELECT rowid, highlight(clauses, 0, '【', '】') FROM clauses WHERE clauses MATCH $match ORDER BY rank LIMIT 10";
                var any = query.Split(AnyOf).Select(q => Unquote(q).Phrase);
                command.Parameters.AddWithValue("$match", string.Join(" OR ", any));
            }
            using var reader = command.ExecuteReader();
            var rows = 0;
            while (reader.Read())
            {
                _ = reader.GetString(1);
                rows++;
            }
            return rows;
        }

        public int CountContaining(string query) => Count("SELECT count(*) FROM clauses WHERE text LIKE $q", $"%{query}%");
        public int CountMatching(string query) => Count("SELECT count(*) FROM clauses WHERE clauses MATCH $q", Unquote(query).Phrase);

        private int Count(string sql, string parameter)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = sql;
            command.Parameters.AddWithValue("$q", parameter);
            return Convert.ToInt32(command.ExecuteScalar());
        }

        /// <summary>
        /// User text as one FTS5 string (its syntax would reject "/" and "."), and the text itself for LIKE. Spaces are
        /// dropped: a trigram index cannot bridge a space the text does not have, and an application would do the same.
        /// </summary>
        private static (string Phrase, string Plain) Unquote(string query)
        {
            var plain = query.Trim('"').Replace(" ", "").Normalize(System.Text.NormalizationForm.FormKC);
            return ($"\"{plain.Replace("\"", "\"\"")}\"", plain);
        }

        private static void Execute(SqliteConnection connection, string sql)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }

        public void Dispose() => _connection.Dispose();
    }
}

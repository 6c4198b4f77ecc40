using Lucene.Net.Codecs;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using StdKit.Search.Analysis;
using StdKit.Search.Knowledge;
using StdKit.Search.Query;
using Directory = Lucene.Net.Store.Directory;

namespace StdKit.Search.Index;

/// <summary>
/// The Lucene index of the clauses: a cache of the knowledge base, which records the knowledge base and generation it
/// was built from. Its files are read through memory maps (<see cref="MappedDirectory"/>) and searched through a
/// <see cref="SearcherManager"/>; each commit carries its <see cref="ChampionLists"/>. An index behind the knowledge
/// base is brought up to date by the standards that changed (<see cref="CatchUp"/>); a missing or unreadable one is
/// rebuilt, with a message. Either is written into a new folder and swapped in.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    private const string KnowledgeBaseKey = "knowledge-base";
    private const string GenerationKey = "generation";
    private const string FormatKey = "format";
    private const string RebuiltKey = "rebuilt";
    private const string StandardsKey = "standards";

    /// <summary>Raise when a field or an analyzer changes: an index of another format is rebuilt.</summary>
    private const string Format = "12";

    /// <summary>The share of deleted documents beyond which a rebuild replaces catching up.</summary>
    internal const double MaxDeletedShare = 0.2;

    /// <summary>
    /// Hex digits of a standard's content hash the index keeps: enough to tell two versions of a standard that
    /// SQLite gave the same row id, short enough to keep thousands of standards in the commit.
    /// </summary>
    private const int HashDigits = 16;

    /// <summary>
    /// BM25 suits short clause texts better than Lucene 4's default TF-IDF; index and search must agree.
    /// </summary>
    internal static readonly Similarity Similarity = new BM25Similarity();

    private readonly Directory _directory;
    private readonly SearcherManager _searchers;
    private readonly IndexReader _listed;
    private readonly ChampionLists _champions;

    private SearchIndex(Directory directory)
    {
        _directory = directory;
        _searchers = new SearcherManager(directory, new Bm25SearcherFactory());
        var searcher = _searchers.Acquire();
        try
        {
            (_listed, _champions) =
                (searcher.IndexReader, ChampionLists.Read(directory, (DirectoryReader)searcher.IndexReader));
        }
        catch
        {
            _searchers.Release(searcher);
            _searchers.Dispose();
            throw;
        }
        _searchers.Release(searcher);
    }

    /// <summary>
    /// Opens the index of <paramref name="kb"/>. A finished generation built from the knowledge base's generation is
    /// read without waiting for anyone. Otherwise the reader takes the writer lock — waiting for another process that
    /// is building — and looks again at the newest knowledge base and index; only when they still do not match is
    /// the index caught up or rebuilt, with a message.
    /// </summary>
    public static SearchIndex Open(IKnowledgeBase kb, Action<string> notify)
    {
        var index = new IndexFolder(kb.Location.IndexFolder);
        if (TryOpen(kb, index, out _) is { } ready) return ready;
        using var writer = WriterLock.Acquire(kb.Location, notify);
        kb.Refresh();
        if (TryOpen(kb, index, out var problem) is { } built) return built;
        if (index.Current is { } current && CatchUp(kb, index, current) is { } caughtUp)
        {
            notify($"the search index is older than the knowledge base: brought up to date by {caughtUp.Changes}");
            return new SearchIndex(caughtUp.Directory);
        }
        notify(problem);
        return new SearchIndex(Rebuild(kb, index));
    }

    /// <summary>
    /// The current generation when it is sound and built from the knowledge base's; else null and why not.
    /// </summary>
    private static SearchIndex? TryOpen(IKnowledgeBase kb, IndexFolder index, out string problem)
    {
        if (index.Current is not { } current)
        {
            problem = "no search index yet: building it from the knowledge base";
            return null;
        }
        var directory = new MappedDirectory(current);
        try
        {
            var built = BuiltFrom(directory);
            if (built is { } b && b.KnowledgeBase == kb.Id && b.Generation == kb.Generation)
            {
                CheckFooters(directory);
                problem = "";
                return new SearchIndex(directory);
            }
            problem = built is null ? "the search index is empty: rebuilding it from the knowledge base"
                : "the search index is older than the knowledge base: rebuilding it";
        }
        catch (Exception e) when (IsUnreadable(e))
        {
            // Also a generation removed by a build that swapped in a newer one meanwhile: the caller looks again.
            problem = $"the search index cannot be read ({e.GetType().Name}): rebuilding it from the knowledge base";
        }
        directory.Dispose();
        return null;
    }

    /// <summary>
    /// Brings the index up to the knowledge base after a fill, under the writer lock the fill holds: caught up by the
    /// standards that changed, or rebuilt (<see cref="CatchUp"/> says when). Every file of the current generation is
    /// checked in full first, so that a damaged index is rebuilt rather than carried on, also when nothing changed.
    /// The generation in use is never changed in place.
    /// </summary>
    public static void Update(IKnowledgeBase kb, Action<string> notify)
    {
        // One generation read from start to end, also when another node fills the record meanwhile.
        kb.Refresh();
        var index = new IndexFolder(kb.Location.IndexFolder);
        if (index.Current is { } current && IsSound(current, kb, notify) is { } built)
        {
            if (built.Generation == kb.Generation) return;
            if (CatchUp(kb, index, current) is { } caughtUp)
            {
                caughtUp.Directory.Dispose();
                return;
            }
        }
        Rebuild(kb, index).Dispose();
    }

    /// <summary>
    /// What the generation in <paramref name="folder"/> was built from, when it is undamaged and was built from this
    /// knowledge base, at its generation or an earlier one; else null.
    /// </summary>
    private static IndexBuild? IsSound(string folder, IKnowledgeBase kb, Action<string> notify)
    {
        try
        {
            using var directory = new MappedDirectory(folder);
            if (BuiltFrom(directory) is not { } built || !built.Of(kb)) return null;
            CheckAll(directory);
            return built;
        }
        catch (Exception e) when (IsUnreadable(e))
        {
            notify($"the search index is damaged ({e.GetType().Name}): rebuilding it from the knowledge base");
            return null;
        }
    }

    /// <summary>
    /// Brings the generation in <paramref name="current"/>, built from an earlier generation of this knowledge base,
    /// up to it by the difference of standards, in a new folder swapped in as a rebuild is: its files linked there,
    /// the documents of the standards that left deleted by standard id, the clauses of those that came read and
    /// appended, the deleted documents merged away (they would count in the statistics of scores and word splits),
    /// the champion lists worked out for the new commit. Null when a rebuild is due instead: the index is unreadable
    /// or of another knowledge base or format, or more than <see cref="MaxDeletedShare"/> of its documents would go.
    /// Only a rebuild restores the order of the content: clauses of equal score rank by document order, which is the
    /// content's after a rebuild and the order of arrival after catching up (a changed standard's clauses move to the
    /// end); the more that changed, the more ties rank otherwise, and the less catching up saves.
    /// </summary>
    private static (Directory Directory, string Changes)? CatchUp(IKnowledgeBase kb, IndexFolder index, string current)
    {
        IndexBuild built;
        ICollection<string> files;
        List<long> left, came;
        var now = Versions(kb);
        try
        {
            using var from = new MappedDirectory(current);
            if (BuiltFrom(from) is not { } b || !b.Of(kb) || b.Generation == kb.Generation) return null;
            built = b;
            CheckFooters(from);
            var held = built.StandardVersions();
            left = held.Where(s => now.GetValueOrDefault(s.Key) != s.Value).Select(s => s.Key).ToList();
            came = now.Where(s => held.GetValueOrDefault(s.Key) != s.Value).Select(s => s.Key).ToList();
            using var reader = DirectoryReader.Open(from);
            var deleted = reader.NumDeletedDocs + left.Sum(id => reader.DocFreq(StandardTerm(id)));
            if (deleted > MaxDeletedShare * reader.MaxDoc) return null;
            files = reader.IndexCommit.FileNames;
        }
        catch (Exception e) when (IsUnreadable(e))
        {
            return null;
        }
        var directory = Build(kb, index, index.NewBuildFrom(current, files), OpenMode.APPEND, writer =>
        {
            // Deletes first: a standard that SQLite gave the id of one that left is added after them.
            writer.DeleteDocuments(left.Select(StandardTerm).ToArray());
            AddAll(writer, kb.IndexedClauses(came));
            writer.ForceMergeDeletes();
            Commit(writer, kb, now, built.Rebuilt);
        });
        return (directory, $"{left.Count} standard(s) out, {came.Count} in");
    }

    private static Term StandardTerm(long standardId) => new(ClauseFields.StandardId, standardId.ToString());

    /// <summary>The row id and the first <see cref="HashDigits"/> of the content hash of every standard.</summary>
    private static Dictionary<long, string> Versions(IKnowledgeBase kb) =>
        kb.StandardHashes().ToDictionary(s => s.Key, s => s.Value[..Math.Min(HashDigits, s.Value.Length)]);

    /// <summary>
    /// Builds the whole index from the knowledge base into a new folder, merged into one segment, with its champion
    /// lists, and swaps it in. A bulk load is searched far more than it is changed: one segment saves a term lookup
    /// per segment per query.
    /// </summary>
    private static Directory Rebuild(IKnowledgeBase kb, IndexFolder index) =>
        Build(kb, index, index.NewBuild(), OpenMode.CREATE, writer =>
        {
            AddAll(writer, kb.IndexedClauses());
            writer.ForceMerge(1);
            Commit(writer, kb, Versions(kb), kb.Generation);
        });

    /// <summary>
    /// Writes a generation into <paramref name="build"/> with <paramref name="write"/>, which commits, then its
    /// champion lists — also of the common queries of <paramref name="kb"/> — and swaps it in; a failure removes the
    /// build and leaves the generation in use.
    /// </summary>
    private static Directory Build(IKnowledgeBase kb, IndexFolder index, string build, OpenMode mode,
        Action<IndexWriter> write)
    {
        Directory? directory = null;
        try
        {
            directory = new MappedDirectory(build);
            using (var writer = new IndexWriter(directory, Config(mode)))
            {
                try
                {
                    write(writer);
                }
                catch
                {
                    writer.Rollback();
                    throw;
                }
            }
            var vocabulary = SearchVocabulary.Read(kb);
            ChampionLists.Write(directory, reader => CommonQueries.Of(vocabulary, reader));
            index.SwapIn(build);
            return directory;
        }
        catch
        {
            directory?.Dispose();
            IndexFolder.Remove(build);
            throw;
        }
    }

    /// <summary>
    /// The end of every file of the last commit: a file cut short (a full disk, a copy stopped halfway) has lost the
    /// footer with its checksum. One read per file, cheap enough for every open.
    /// </summary>
    private static void CheckFooters(Directory directory)
    {
        var infos = new SegmentInfos();
        infos.Read(directory);
        foreach (var file in infos.GetFiles(directory, true))
        {
            using var input = directory.OpenInput(file, IOContext.READ_ONCE);
            CodecUtil.RetrieveChecksum(input);
        }
    }

    /// <summary>
    /// Every byte of every file against its checksum, and the champion lists: for stdkit index, not for every search.
    /// </summary>
    private static void CheckAll(Directory directory)
    {
        CheckFooters(directory);
        using var reader = DirectoryReader.Open(directory);
        foreach (var leaf in reader.Leaves) leaf.AtomicReader.CheckIntegrity();
        ChampionLists.Read(directory, reader).Dispose();
    }

    /// <summary>What a damaged or half-written index throws: corrupt files (CorruptIndexException is an IOException),
    /// a stale write.lock, files of another Lucene version, a file cut so short that a read runs off its end.</summary>
    private static bool IsUnreadable(Exception e) =>
        e is IOException or IndexFormatTooOldException or IndexFormatTooNewException or UnauthorizedAccessException
            or LockObtainFailedException or EndOfStreamException;

    /// <summary>Runs a search on the current searcher, released afterwards.</summary>
    public T Search<T>(Func<IndexSearcher, T> body)
    {
        var searcher = _searchers.Acquire();
        try
        {
            return body(searcher);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>
    /// The best <paramref name="top"/> hits of <paramref name="query"/> and the facets of all of them: without a
    /// filter from the query's champion list when it has one, else in one pass that ranks and counts.
    /// </summary>
    public (TopDocs Top, FacetTally Facets) Collect(IndexSearcher searcher, Lucene.Net.Search.Query query,
        Filter? filter, int top)
    {
        if (filter is null && _champions.Count > 0 && ReferenceEquals(searcher.IndexReader, _listed)
            && _champions.Top(query, top) is { } listed)
            return listed;
        var ranked = TopScoreDocCollector.Create(top, docsScoredInOrder: true);
        var counter = new FacetCounter();
        searcher.Search(query, filter, MultiCollector.Wrap(ranked, counter));
        return (ranked.GetTopDocs(), counter.Tally());
    }

    /// <summary>What a query builder for <paramref name="reader"/> takes a word's query from, where the index keeps
    /// it evaluated in full: only for the reader the lists were written from.</summary>
    public Func<Lucene.Net.Search.Query, Lucene.Net.Search.Query?>? Kept(IndexReader reader) =>
        _champions.HasScored && ReferenceEquals(reader, _listed) ? _champions.Scored : null;

    public void Dispose()
    {
        _champions.Dispose();
        _searchers.Dispose();
        _directory.Dispose();
    }

    private static IndexWriterConfig Config(OpenMode mode) => new(ChineseAnalyzer.Version, ClauseFields.IndexAnalyzer)
    {
        OpenMode = mode,
        Similarity = Similarity,
        // Every deleted document merged away: they would count in the statistics of the scores and the word splits.
        MergePolicy = new TieredMergePolicy { ForceMergeDeletesPctAllowed = 0 },
        RAMBufferSizeMB = 128,
    };

    /// <summary>
    /// One thread, so that documents take the order <see cref="IKnowledgeBase.IndexedClauses"/> gives and clauses of
    /// equal score rank in the order of the content, the same after every rebuild (two threads were about 1.5× faster,
    /// in an order that changed).
    /// </summary>
    private static void AddAll(IndexWriter writer, IEnumerable<IndexedClause> clauses)
    {
        foreach (var clause in clauses) writer.AddDocument(ClauseDocuments.From(clause));
    }

    private static void Commit(IndexWriter writer, IKnowledgeBase kb, IReadOnlyDictionary<long, string> standards,
        long rebuilt)
    {
        writer.SetCommitData(new Dictionary<string, string>
        {
            [KnowledgeBaseKey] = kb.Id,
            [GenerationKey] = kb.Generation.ToString(),
            [FormatKey] = Format,
            [RebuiltKey] = rebuilt.ToString(),
            [StandardsKey] = IndexBuild.List(standards),
        });
        writer.Commit();
    }

    /// <summary>What the generation in use in <paramref name="index"/> was built from; null if there is none.</summary>
    internal static IndexBuild? CurrentBuild(IndexFolder index)
    {
        if (index.Current is not { } current) return null;
        using var directory = new MappedDirectory(current);
        return BuiltFrom(directory);
    }

    /// <summary>
    /// What the last commit was built from; null when there is no index. An index of another format counts as built
    /// from no knowledge base, so that it is rebuilt.
    /// </summary>
    private static IndexBuild? BuiltFrom(Directory directory)
    {
        if (!DirectoryReader.IndexExists(directory)) return null;
        var infos = new SegmentInfos();
        infos.Read(directory);
        var data = infos.UserData;
        if (!data.TryGetValue(KnowledgeBaseKey, out var id) || !data.TryGetValue(GenerationKey, out var generation)
            || !long.TryParse(generation, out var number))
            return null;
        if (!data.TryGetValue(FormatKey, out var format) || format != Format)
            return new IndexBuild("", number, number, "");
        return new IndexBuild(id, number, long.Parse(data[RebuiltKey]), data[StandardsKey]);
    }

    private sealed class Bm25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = Similarity };
    }
}

using Lucene.Net.Codecs;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Directory = Lucene.Net.Store.Directory;

namespace StdKit.Search.Index;

/// <summary>
/// Champion lists (Manning, Raghavan and Schütze, Introduction to Information Retrieval, §7.1.3): for every body term
/// found in many clauses — a common character, a common two-character word — the best clauses for that term alone,
/// worked out when the index is committed and kept in a file beside it. For one term, BM25 orders clauses by that
/// term's weight in each, so the list is exactly the top of the full evaluation, which for a single character walks
/// hundreds of thousands of postings. A list belongs to one commit: a file of another commit, or a damaged one, is
/// not used, and queries are evaluated in full.
/// </summary>
public sealed class ChampionLists
{
    /// <summary>Clauses kept per term: the hits a query may ask for and still be answered from the list.</summary>
    public const int Length = 100;

    /// <summary>Terms in fewer clauses are evaluated in full: their postings are short enough to walk.</summary>
    public const int MinDocFreq = 8192;

    private const string FileName = "champions";
    private const string Codec = "StdKitChampionLists";
    private const int FormatVersion = 1;

    private readonly Dictionary<string, TopDocs> _lists;

    private ChampionLists(Dictionary<string, TopDocs> lists) => _lists = lists;

    public static ChampionLists None { get; } = new([]);

    public int Count => _lists.Count;

    /// <summary>The best <paramref name="top"/> clauses for <paramref name="term"/> alone, if it has a list that long.</summary>
    public TopDocs? Top(Term term, int top)
    {
        if (term.Field != ClauseFields.Body || top > Length || !_lists.TryGetValue(term.Text, out var list)) return null;
        return new TopDocs(list.TotalHits, list.ScoreDocs.Take(top).ToArray(), list.MaxScore);
    }

    /// <summary>Works out the lists of the index's current commit and writes them beside it.</summary>
    public static void Write(Directory directory, int minDocFreq = MinDocFreq)
    {
        using var reader = DirectoryReader.Open(directory);
        var lists = Compute(new IndexSearcher(reader) { Similarity = SearchIndex.Similarity }, minDocFreq);
        using var output = directory.CreateOutput(FileName, IOContext.DEFAULT);
        CodecUtil.WriteHeader(output, Codec, FormatVersion);
        output.WriteInt64(reader.IndexCommit.Generation);
        output.WriteVInt32(lists.Count);
        foreach (var (term, top) in lists)
        {
            output.WriteString(term);
            output.WriteVInt32(top.TotalHits);
            output.WriteVInt32(top.ScoreDocs.Length);
            foreach (var hit in top.ScoreDocs)
            {
                output.WriteVInt32(hit.Doc);
                output.WriteInt32(BitConverter.SingleToInt32Bits(hit.Score));
            }
        }
        CodecUtil.WriteFooter(output);
    }

    /// <summary>Each term of at least <paramref name="minDocFreq"/> clauses with its best <see cref="Length"/>, by full evaluation.</summary>
    private static Dictionary<string, TopDocs> Compute(IndexSearcher searcher, int minDocFreq)
    {
        var lists = new Dictionary<string, TopDocs>(StringComparer.Ordinal);
        var terms = MultiFields.GetTerms(searcher.IndexReader, ClauseFields.Body);
        if (terms is null) return lists;
        var each = terms.GetEnumerator();
        while (each.MoveNext())
        {
            if (each.DocFreq < minDocFreq) continue;
            var term = new Term(ClauseFields.Body, BytesRef.DeepCopyOf(each.Term));
            lists[term.Text] = searcher.Search(new TermQuery(term), Length);
        }
        return lists;
    }

    /// <summary>The lists of the commit <paramref name="reader"/> is at; none when there are none for it or they cannot be read.</summary>
    public static ChampionLists Read(Directory directory, DirectoryReader reader)
    {
        try
        {
            using var input = directory.OpenChecksumInput(FileName, IOContext.READ_ONCE);
            CodecUtil.CheckHeader(input, Codec, FormatVersion, FormatVersion);
            if (input.ReadInt64() != reader.IndexCommit.Generation) return None;
            var count = input.ReadVInt32();
            var lists = new Dictionary<string, TopDocs>(count, StringComparer.Ordinal);
            for (var t = 0; t < count; t++)
            {
                var term = input.ReadString();
                var total = input.ReadVInt32();
                var hits = new ScoreDoc[input.ReadVInt32()];
                for (var i = 0; i < hits.Length; i++) hits[i] = new ScoreDoc(input.ReadVInt32(), BitConverter.Int32BitsToSingle(input.ReadInt32()));
                lists[term] = new TopDocs(total, hits, hits.Length > 0 ? hits[0].Score : float.NaN);
            }
            CodecUtil.CheckFooter(input);
            return new ChampionLists(lists);
        }
        catch (IOException)
        {
            // A missing or damaged file (CorruptIndexException is an IOException) only makes one-term queries slower.
            return None;
        }
    }
}

using Lucene.Net.Index;
using StdKit.Model.Diagnostics;
using StdKit.Search.Index;

namespace StdKit.Search.Query;

/// <summary>
/// The queries typed alone that a champion list can answer beside single terms (<see cref="ChampionLists"/>): every
/// word of the vocabulary that finds other words too (企业 finds 服务对象 and 客户: its query is a disjunction, no
/// one term's list), and every document the knowledge base knows, each as the query builder makes it of the typed
/// text against this index; and the query of each such word as it stands among other words.
/// </summary>
internal static class CommonQueries
{
    public static IEnumerable<Lucene.Net.Search.Query> Of(SearchVocabulary vocabulary, IndexReader reader)
    {
        var builder = new ClauseQueryBuilder(vocabulary,
            new WordSegmenter(vocabulary, BodyFrequencies.Of(reader), reader.NumDocs));
        foreach (var typed in vocabulary.WordsWithAlternatives.Concat(vocabulary.Documents.Numbers))
        {
            ClauseQuery query;
            try
            {
                query = builder.Build(QueryText.Parse(typed, vocabulary.Documents));
            }
            catch (UserError)
            {
                // A word that is only question words (要求) is no query of its own.
                continue;
            }
            yield return query.Levels[0];
            // Each word as other queries have it beside other words, for its full evaluation to be kept.
            foreach (var word in query.WordQueries) yield return word;
        }
    }
}

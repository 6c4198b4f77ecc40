using System.Text.Json;
using StdKit.Indexing;
using StdKit.Search;
using StdKit.Search.Index;
using StdKit.Search.Knowledge;
using StdKit.Search.References;
using StdKit.Search.Terms;
using StdKit.Tests.Support;

namespace StdKit.Tests.Search;

/// <summary>
/// The sample content (drafts and every sample agency's system) filled into PostgreSQL reads back as from the SQLite
/// file, record for record and in the same order, and answers every labelled query of the relevance set with the same
/// hits and scores.
/// </summary>
public sealed class StoreEquivalenceTests(SampleKnowledgeBase sqlite) : IClassFixture<SampleKnowledgeBase>
{
    private static string Json<T>(T value) => JsonSerializer.Serialize(value);

    [SkippableFact]
    public void PostgreSQL_holds_and_answers_what_the_SQLite_file_does()
    {
        using var database = new PostgresDatabase();
        var folder = Directory.CreateTempSubdirectory("stdkit-pg-sample-").FullName;
        try
        {
            var location = KnowledgeBaseLocation.Parse(database.ConnectionString, Path.Combine(folder, "pg.index"));
            ContentIndexer.Index(Repository.Content, location, new AgencySelection.All(), _ => { });
            using var postgres = location.Open();
            var expected = sqlite.KnowledgeBase;

            Assert.Equal(Json(expected.Standards()), Json(postgres.Standards()));
            Assert.Equal(Json(expected.Layers()), Json(postgres.Layers()));
            Assert.Equal(Json(expected.Agencies()), Json(postgres.Agencies()));
            Assert.Equal(Json(expected.StandardNumbers()), Json(postgres.StandardNumbers()));
            Assert.Equal(Json(expected.StandardTitles().OrderBy(p => p.Key, StringComparer.Ordinal)),
                Json(postgres.StandardTitles().OrderBy(p => p.Key, StringComparer.Ordinal)));
            Assert.Equal(expected.ClauseCount(), postgres.ClauseCount());
            Assert.Equal(Json(expected.IndexedClauses().Select(c => c with { Id = 0, StandardId = 0 })),
                Json(postgres.IndexedClauses().Select(c => c with { Id = 0, StandardId = 0 })));
            Assert.Equal(Json(expected.TermEntries()), Json(postgres.TermEntries()));
            Assert.Equal(Json(TermLookup.All(expected)), Json(TermLookup.All(postgres)));
            foreach (var rows in new Func<IKnowledgeBase, IEnumerable<object>>[]
                {
                    kb => kb.VocabularyTerms().Cast<object>(), kb => kb.Titles(), kb => kb.AbbreviationLines(),
                    kb => kb.Synonyms().Cast<object>(), kb => kb.CitedDocuments(),
                })
                Assert.Equal(rows(expected).Select(Json).Order(StringComparer.Ordinal),
                    rows(postgres).Select(Json).Order(StringComparer.Ordinal));
            foreach (var document in expected.CitedDocuments().Take(20).Append(expected.StandardNumbers()[0] + ":4"))
                Assert.Equal(Json(ReferenceLookup.Find(expected, document)), Json(ReferenceLookup.Find(postgres, document)));

            using var index = SearchIndex.Open(postgres, _ => { });
            var search = new ClauseSearch(postgres, index);
            foreach (var query in RelevanceSet.Queries.Select(q => q.Query))
                Assert.Equal(Json(sqlite.Search.Run(new SearchRequest(query))),
                    Json(search.Run(new SearchRequest(query))));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

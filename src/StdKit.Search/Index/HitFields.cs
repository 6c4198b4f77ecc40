using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using StdKit.Search.Knowledge;
using StdKit.Search.Records;

namespace StdKit.Search.Index;

/// <summary>
/// What a hit shows, kept in the index as stored fields, which Lucene compresses: a node answers its searches from
/// its own index, also while the record (PostgreSQL) restarts or cannot be reached. One way for both stores, the
/// embedded SQLite file too: at 100,000 clauses (search benchmark, processor time) the index grew from 37.8 to 52.2 MB
/// and a page of ten hits costs at most 0.3 ms more than reading them from SQLite did (p50 of one-character queries
/// 0.22 → 0.49 ms, document numbers 0.21 → 0.37 ms; the other classes and every p95 within the noise of a shared
/// machine) — too little for a second way of reading hits, with its own behaviour to test, beside this one.
/// </summary>
internal static class HitFields
{
    private const string Standard = "hit_standard";
    private const string StandardTitle = "hit_standard_title";
    private const string Clause = "hit_clause";
    private const string Title = "hit_title";
    private const string Text = "hit_text";
    private const string Provision = "hit_provision";
    private const string Kind = "hit_kind";
    private const string Layer = "hit_layer";
    private const string Agency = "hit_agency";
    private const string Context = "hit_context";

    /// <summary>Adds the stored fields of <paramref name="clause"/>; a value the clause lacks is left out.</summary>
    public static void Store(Document document, IndexedClause clause)
    {
        (string Name, string? Value)[] values =
        [
            (Standard, clause.StandardNumber), (StandardTitle, clause.StandardTitle), (Clause, clause.Number),
            (Title, clause.Title), (Text, clause.Text), (Provision, clause.Provision), (Kind, clause.Kind),
            (Layer, clause.Layer), (Agency, clause.Agency), (Context, clause.Context),
        ];
        foreach (var (name, value) in values)
            if (value is not null) document.Add(new StoredField(name, value));
    }

    /// <summary>The hit of document <paramref name="doc"/>, not yet scored or marked.</summary>
    public static SearchHit Read(IndexReader reader, int doc)
    {
        var stored = reader.Document(doc);
        return new SearchHit(stored.Get(Standard), stored.Get(StandardTitle), stored.Get(Clause), stored.Get(Title),
            stored.Get(Text), Vocabulary.ParseProvision(stored.Get(Provision)), Vocabulary.ParseKind(stored.Get(Kind)),
            stored.Get(Layer), stored.Get(Agency), 0, [], stored.Get(Context));
    }
}

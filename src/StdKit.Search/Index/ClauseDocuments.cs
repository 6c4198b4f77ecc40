using Lucene.Net.Documents;
using StdKit.Search.Knowledge;

namespace StdKit.Search.Index;

/// <summary>A clause of the knowledge base as a Lucene document: searched fields, filter keys and what a hit shows.</summary>
public static class ClauseDocuments
{
    public static Document From(IndexedClause clause)
    {
        var document = new Document
        {
            new StringField(ClauseFields.Id, clause.Id.ToString(), Field.Store.YES),
            new StringField(ClauseFields.StandardId, clause.StandardId.ToString(), Field.Store.NO),
            new TextField(ClauseFields.Body, clause.Text, Field.Store.NO),
            new StoredField(ClauseFields.Text, clause.Text),
            new TextField(ClauseFields.DocumentNumber, clause.StandardNumber, Field.Store.NO),
            new TextField(ClauseFields.ClauseNumber, clause.Number, Field.Store.NO),
            new TextField(ClauseFields.ClauseExact, clause.Number, Field.Store.NO),
            new StringField(ClauseFields.Provision, clause.Provision, Field.Store.YES),
            new StringField(ClauseFields.Kind, clause.Kind, Field.Store.YES),
            new StoredField(ClauseFields.StandardNumber, clause.StandardNumber),
            new StoredField(ClauseFields.StandardTitle, clause.StandardTitle),
            new StoredField(ClauseFields.ClauseNumber, clause.Number),
        };
        if (clause.Title is { } title)
        {
            document.Add(new StoredField(ClauseFields.Title, title));
            // A heading's text is its title already.
            if (title != clause.Text) document.Add(new TextField(ClauseFields.Body, title, Field.Store.NO));
        }
        if (clause.Layer is { } layer) document.Add(new StringField(ClauseFields.Layer, layer, Field.Store.YES));
        if (clause.Agency is { } agency) document.Add(new StringField(ClauseFields.Agency, agency, Field.Store.YES));
        foreach (var cited in clause.CitedDocuments) document.Add(new TextField(ClauseFields.Cites, cited, Field.Store.NO));
        return document;
    }
}

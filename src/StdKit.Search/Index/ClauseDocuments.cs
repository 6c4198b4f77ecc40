using Lucene.Net.Documents;
using Lucene.Net.Index;
using StdKit.Search.Knowledge;

namespace StdKit.Search.Index;

/// <summary>A clause of the knowledge base as a Lucene document: searched fields, filter keys and its row id.</summary>
public static class ClauseDocuments
{
    /// <summary>Positions for phrases, offsets to mark a hit without analysing its text again.</summary>
    private static readonly FieldType BodyType = Frozen(new FieldType(TextField.TYPE_NOT_STORED)
    {
        IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS,
    });

    public static Document From(IndexedClause clause)
    {
        var document = new Document
        {
            new NumericDocValuesField(ClauseFields.Id, clause.Id),
            new StringField(ClauseFields.StandardId, clause.StandardId.ToString(), Field.Store.NO),
            new Field(ClauseFields.Body, clause.Text, BodyType),
            new TextField(ClauseFields.DocumentNumber, clause.StandardNumber, Field.Store.NO),
            new TextField(ClauseFields.ClauseNumber, clause.Number, Field.Store.NO),
            new TextField(ClauseFields.ClauseExact, clause.Number, Field.Store.NO),
            new StringField(ClauseFields.Provision, clause.Provision, Field.Store.NO),
        };
        // A heading's text is its title already.
        if (clause.Title is { } title && title != clause.Text) document.Add(new Field(ClauseFields.Body, title, BodyType));
        if (clause.Layer is { } layer) document.Add(new StringField(ClauseFields.Layer, layer, Field.Store.NO));
        if (clause.Agency is { } agency) document.Add(new StringField(ClauseFields.Agency, agency, Field.Store.NO));
        foreach (var cited in clause.CitedDocuments) document.Add(new TextField(ClauseFields.Cites, cited, Field.Store.NO));
        return document;
    }

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }

    /// <summary>The knowledge-base row id of document <paramref name="doc"/> of <paramref name="reader"/>.</summary>
    public static long IdOf(IndexReader reader, int doc)
    {
        var leaf = reader.Leaves[ReaderUtil.SubIndex(doc, reader.Leaves)];
        return leaf.AtomicReader.GetNumericDocValues(ClauseFields.Id).Get(doc - leaf.DocBase);
    }
}

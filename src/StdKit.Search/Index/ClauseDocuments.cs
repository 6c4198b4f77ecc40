using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
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
            new NumericDocValuesField(ClauseFields.CopyKey, CopyKey(clause)),
            new SortedDocValuesField(ClauseFields.StandardFacet, new BytesRef(clause.StandardNumber)),
            new SortedDocValuesField(ClauseFields.ProvisionFacet, new BytesRef(clause.Provision)),
            new StringField(ClauseFields.StandardId, clause.StandardId.ToString(), Field.Store.NO),
            new Field(ClauseFields.Body, clause.Text, BodyType),
            new TextField(ClauseFields.DocumentNumber, clause.StandardNumber, Field.Store.NO),
            new TextField(ClauseFields.ClauseNumber, clause.Number, Field.Store.NO),
            new TextField(ClauseFields.ClauseExact, clause.Number, Field.Store.NO),
            new StringField(ClauseFields.Provision, clause.Provision, Field.Store.NO),
        };
        // The words of every heading above find the text under it; a heading's own text is its title already.
        foreach (var heading in clause.Headings.Where(h => h != clause.Text).Distinct())
            document.Add(new Field(ClauseFields.Body, heading, BodyType));
        if (clause.Layer is { } layer)
        {
            document.Add(new StringField(ClauseFields.Layer, layer, Field.Store.NO));
            document.Add(new SortedDocValuesField(ClauseFields.LayerFacet, new BytesRef(layer)));
        }
        if (clause.Agency is { } agency)
        {
            document.Add(new StringField(ClauseFields.Agency, agency, Field.Store.NO));
            document.Add(new SortedDocValuesField(ClauseFields.AgencyFacet, new BytesRef(agency)));
        }
        foreach (var cited in clause.CitedDocuments) document.Add(new TextField(ClauseFields.Cites, cited, Field.Store.NO));
        return document;
    }

    /// <summary>
    /// The same clause in several agencies' systems (a model standard built for each) has one key: its number, the
    /// title of its standard, its headings and its text. FNV-1a, stable across processes, unlike string hash codes.
    /// </summary>
    private static long CopyKey(IndexedClause clause)
    {
        var hash = 14695981039346656037UL;
        foreach (var part in (string[])[clause.Number, clause.StandardTitle, string.Join('\u001F', clause.Headings), clause.Text])
        {
            foreach (var c in part) hash = (hash ^ c) * 1099511628211UL;
            hash = (hash ^ 0x1F) * 1099511628211UL;
        }
        return (long)hash;
    }

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }

    /// <summary>The knowledge-base row id of document <paramref name="doc"/> of <paramref name="reader"/>.</summary>
    public static long IdOf(IndexReader reader, int doc) => Numeric(reader, doc, ClauseFields.Id);

    /// <summary>The key document <paramref name="doc"/> shares with its copies in other agencies' systems.</summary>
    public static long CopyKeyOf(IndexReader reader, int doc) => Numeric(reader, doc, ClauseFields.CopyKey);

    private static long Numeric(IndexReader reader, int doc, string field)
    {
        var leaf = reader.Leaves[ReaderUtil.SubIndex(doc, reader.Leaves)];
        return leaf.AtomicReader.GetNumericDocValues(field).Get(doc - leaf.DocBase);
    }
}

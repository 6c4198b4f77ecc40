using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using StdKit.Search.Analysis;
using StdKit.Search.Knowledge;

namespace StdKit.Search.Index;

/// <summary>
/// A clause of the knowledge base as a Lucene document: searched fields, filter keys, its row id and what its hit
/// shows.
/// </summary>
public static class ClauseDocuments
{
    /// <summary>Positions for phrases, offsets to mark a hit without analysing its text again.</summary>
    private static readonly FieldType BodyType = Frozen(new FieldType(TextField.TYPE_NOT_STORED)
    {
        IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS,
    });

    /// <summary>Positions for phrases; no offsets: headings are not marked.</summary>
    private static readonly FieldType HeadingType = Frozen(new FieldType(TextField.TYPE_NOT_STORED)
    {
        IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS,
    });

    public static Document From(IndexedClause clause)
    {
        var document = new Document
        {
            new NumericDocValuesField(ClauseFields.CopyKey, CopyKey(clause)),
            new SortedDocValuesField(ClauseFields.StandardFacet, new BytesRef(clause.StandardNumber)),
            new SortedDocValuesField(ClauseFields.ProvisionFacet, new BytesRef(clause.Provision)),
            new StringField(ClauseFields.StandardId, clause.StandardId.ToString(), Field.Store.NO),
            new Field(ClauseFields.Body, clause.Text, BodyType),
            new TextField(ClauseFields.DocumentNumber, clause.StandardNumber, Field.Store.NO),
            new TextField(ClauseFields.ClauseNumber, clause.Number, Field.Store.NO),
            new TextField(ClauseFields.ClauseExact, clause.Number, Field.Store.NO),
            new StringField(ClauseFields.Provision, clause.Provision, Field.Store.NO),
            new StringField(ClauseFields.Audience, Audience.Of(clause.Agency, clause.Stage), Field.Store.NO),
        };
        // A heading's text is its title already. The headings a clause stands under find it too (走访准备 finds what the
        // visit plan holds): a heading is no hit of its own when the text under it matches. A table row's are searched
        // apart, below its cells: a table's rows all share them, and would crowd out the clauses that say the words.
        var row = clause.Kind == "table-row";
        foreach (var heading in new[] { clause.Title }.Concat(clause.Headings).OfType<string>()
                     .Where(h => h != clause.Text).Distinct())
            document.Add(row
                ? new Field(ClauseFields.Heading, heading, HeadingType)
                : new Field(ClauseFields.Body, heading, BodyType));
        foreach (var answer in AnswerTypes.Of(clause.Text))
            document.Add(new StringField(ClauseFields.Answer, answer, Field.Store.NO));
        if (clause.Kind == "term" && clause.Title is { } term)
            document.Add(
                new StringField(ClauseFields.DefinedTerm, DefinedTerm(term.Split('\u3000')[0]), Field.Store.NO));
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
        foreach (var cited in clause.CitedDocuments)
            document.Add(new TextField(ClauseFields.Cites, cited, Field.Store.NO));
        HitFields.Store(document, clause);
        return document;
    }

    /// <summary>A term as the defined-term field holds it: folded to simplified, lower case.</summary>
    public static string DefinedTerm(string term) => SimplifiedFolding.FoldLower(term.Trim());

    /// <summary>
    /// The same clause in several agencies' systems has one key: the model standard's file and line it was built from,
    /// its title (one post template makes many standards), number and kind — whatever the agency's own names and
    /// values in its text (报总经理, 报院长). A clause outside a system is its own. FNV-1a, stable across processes,
    /// unlike string hash codes.
    /// </summary>
    private static long CopyKey(IndexedClause clause)
    {
        string[] parts = clause.Agency is null
            ? [clause.StandardNumber, clause.Number, clause.Kind, clause.Text]
            : [clause.Source, clause.StandardTitle, clause.Number, clause.Kind];
        var hash = 14695981039346656037UL;
        foreach (var part in parts)
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
}

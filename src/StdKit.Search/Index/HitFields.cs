using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using StdKit.Search.Knowledge;
using StdKit.Search.Records;

namespace StdKit.Search.Index;

/// <summary>
/// What a hit shows, kept in the index: a node answers its searches from its own index, also while the record
/// (PostgreSQL) restarts or cannot be reached. The clause's own values are one binary doc value, read at an offset of
/// the mapped file; the standard's number, layer and agency and the provision type are the facet values
/// (<see cref="SegmentFacets"/>), the standard's title a sorted doc value stored once per title. Stored fields, which
/// Lucene compresses in blocks, cost a block's decompression per hit: about two thirds of the processor time of a
/// search answered from a champion list (100,000 clauses). Only a clause too long for a doc value is stored so.
/// </summary>
internal static class HitFields
{
    private const string Values = "hit";
    private const string StandardTitle = "hit_standard_title";
    private const string Oversize = "hit_oversize";

    /// <summary>The longest binary doc value Lucene 4 takes.</summary>
    private const int MaxValueBytes = 32766;

    private const byte HasTitle = 1;
    private const byte HasContext = 2;

    /// <summary>Adds what the hit of <paramref name="clause"/> shows.</summary>
    public static void Store(Document document, IndexedClause clause)
    {
        document.Add(new SortedDocValuesField(StandardTitle, new BytesRef(clause.StandardTitle)));
        var values = Encode(clause);
        if (values.Length <= MaxValueBytes) document.Add(new BinaryDocValuesField(Values, new BytesRef(values)));
        else document.Add(new StoredField(Oversize, values));
    }

    private static byte[] Encode(IndexedClause clause)
    {
        var strings = new[] { clause.Number, clause.Title, clause.Text, clause.Kind, clause.Context };
        var buffer = new byte[5 + strings.Sum(s => s is null ? 0 : 5 + 3 * s.Length)];
        var output = new ByteArrayDataOutput(buffer);
        output.WriteByte((byte)((clause.Title is null ? 0 : HasTitle) | (clause.Context is null ? 0 : HasContext)));
        foreach (var value in strings.OfType<string>()) output.WriteString(value);
        return buffer[..output.Position];
    }

    /// <summary>The hit of document <paramref name="doc"/>, not yet scored or marked.</summary>
    public static SearchHit Read(IndexReader reader, int doc)
    {
        var context = reader.Leaves[ReaderUtil.SubIndex(doc, reader.Leaves)];
        var (leaf, local) = (context.AtomicReader, doc - context.DocBase);
        var bytes = new BytesRef();
        leaf.GetBinaryDocValues(Values)?.Get(local, bytes);
        if (bytes.Length == 0) bytes = leaf.Document(local).GetBinaryValue(Oversize);
        var input = new ByteArrayDataInput(bytes.Bytes, bytes.Offset, bytes.Length);
        var flags = input.ReadByte();
        var clause = input.ReadString();
        var title = (flags & HasTitle) != 0 ? input.ReadString() : null;
        var text = input.ReadString();
        var kind = input.ReadString();
        var shownWith = (flags & HasContext) != 0 ? input.ReadString() : null;
        var facets = SegmentFacets.Of(leaf);
        return new SearchHit(facets.Value(FacetCounter.StandardField, local)!, facets.StandardTitle(local), clause,
            title, text, Vocabulary.ParseProvision(facets.Value(FacetCounter.ProvisionField, local)!),
            Vocabulary.ParseKind(kind), facets.Value(FacetCounter.LayerField, local),
            facets.Value(FacetCounter.AgencyField, local), 0, [], shownWith);
    }

    /// <summary>The standard titles of a segment: one per document, each title once.</summary>
    public static SortedDocValues? StandardTitles(AtomicReader reader) => reader.GetSortedDocValues(StandardTitle);
}

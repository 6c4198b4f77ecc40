using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using StdKit.Search.Analysis;

namespace StdKit.Search.Index;

/// <summary>
/// The fields of a clause in the search index and the analyzer of each. What a hit shows is stored apart, in
/// <see cref="HitFields"/>.
/// </summary>
public static class ClauseFields
{
    /// <summary>The standard row id, to delete a standard's clauses when it changes.</summary>
    public const string StandardId = "standard_id";
    /// <summary>
    /// What words match: the text and, after a position gap, the title of the enclosing clause or term and the headings
    /// it stands under, in one field, so that a query walks one list of postings. Postings keep offsets: a hit is
    /// marked from them.
    /// </summary>
    public const string Body = "body";
    /// <summary>
    /// A table row's table title and headings: they find the row too, but below the cells that have the words
    /// (<see cref="TextTermQuery"/>), so that the rows of a table whose title has the words do not crowd out the
    /// clauses that say them.
    /// </summary>
    public const string Heading = "heading";
    /// <summary>The standard's own number, dated and undated keys.</summary>
    public const string DocumentNumber = "docno";
    /// <summary>The numbers of the documents the clause cites.</summary>
    public const string Cites = "cites";
    /// <summary>The clause number as a path: 4 | 4.3 | 4.3.1.</summary>
    public const string ClauseNumber = "clause_no";
    /// <summary>
    /// The clause number exactly, to rank the clause itself above its subclauses and citations of it.
    /// </summary>
    public const string ClauseExact = "clause_exact";
    /// <summary>One key for the copies of a clause in several agencies' systems, a numeric doc value.</summary>
    public const string CopyKey = "copy_key";
    /// <summary>
    /// Doc values that facet counts read: the standard's number as printed, layer, agency, provision type.
    /// </summary>
    public const string StandardFacet = "facet_standard";
    public const string LayerFacet = "facet_layer";
    public const string AgencyFacet = "facet_agency";
    public const string ProvisionFacet = "facet_provision";
    /// <summary>
    /// The kinds of answer the clause gives (<see cref="Analysis.AnswerTypes"/>): time, frequency, money …
    /// </summary>
    public const string Answer = "answer";
    /// <summary>The term a term entry defines, folded: a query that names a term finds its definition first.</summary>
    public const string DefinedTerm = "defined_term";
    /// <summary>Who may find the clause: <see cref="Audience.Public"/>, or the agency (or the content tree) whose
    /// draft below 征求意见稿 it is.</summary>
    public const string Audience = "audience";
    public const string Layer = "layer";
    public const string Agency = "agency";
    public const string Provision = "provision";

    /// <summary>The index-side analyzer of every field; keyword fields are not analyzed.</summary>
    public static Analyzer IndexAnalyzer { get; } = new PerFieldAnalyzerWrapper(ChineseAnalyzer.Index,
        new Dictionary<string, Analyzer>
        {
            [DocumentNumber] = DocumentNumberAnalyzer.Index,
            [Cites] = DocumentNumberAnalyzer.Index,
            [ClauseNumber] = ClauseNumberAnalyzer.Index,
            [ClauseExact] = ClauseNumberAnalyzer.Query,
        });
}

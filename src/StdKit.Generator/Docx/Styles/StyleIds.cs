namespace StdKit.Generator.Docx.Styles;

/// <summary>The ids of StdKit's named styles; every paragraph and run refers to one of these, never to direct
/// formatting.</summary>
public static class StyleIds
{
    public const string Paragraph = "StdParagraph";
    public const string UntitledClause = "UntitledClause";
    public const string FrontTitle = "FrontTitle";
    public const string TocTitle = "TocTitle";
    public const string BodyTitle = "BodyTitle";
    public const string AnnexHeading = "AnnexHeading";
    public const string BibliographyTitle = "BibliographyTitle";
    public const string ListLevel1 = "ListLevel1";
    public const string ListLevel2 = "ListLevel2";
    public const string Note = "Note";
    public const string NoteNumbered = "NoteNumbered";
    public const string Example = "Example";
    public const string TermNumber = "TermNumber";
    public const string TermName = "TermName";
    public const string ReferenceEntry = "ReferenceEntry";
    public const string BibliographyEntry = "BibliographyEntry";
    public const string TableTitle = "TableTitle";
    /// <summary>"表N（续）" above a later piece of a table, on a new page.</summary>
    public const string TableTitleContinued = "TableTitleContinued";
    public const string TableText = "TableText";
    /// <summary>Table text of the header and the first row, kept on the page of the row below.</summary>
    public const string TableTextKept = "TableTextKept";
    public const string Formula = "Formula";
    /// <summary>"式中：" or "标引序号说明：" on its own line.</summary>
    public const string KeyLead = "KeyLead";
    /// <summary>A key line: symbol, tab, "——" and the explanation; the dashes align.</summary>
    public const string KeyEntry = "KeyEntry";
    public const string SubFigureTitle = "SubFigureTitle";
    public const string TableNote = "TableNote";
    public const string TableFootnote = "TableFootnote";
    public const string FootnoteText = "FootnoteText";
    public const string IndexTitle = "IndexTitle";
    /// <summary>The initial letter over a group of 索引 keywords.</summary>
    public const string IndexLetter = "IndexLetter";
    public const string IndexEntry = "IndexEntry";
    public const string Figure = "Figure";
    public const string FigureTitle = "FigureTitle";
    public const string ChartText = "ChartText";
    public const string EndLine = "EndLine";
    public const string HeaderOdd = "HeaderOdd";
    public const string HeaderEven = "HeaderEven";
    public const string FooterOdd = "FooterOdd";
    public const string FooterEven = "FooterEven";
    public const string Toc1 = "TOC1";
    public const string Toc2 = "TOC2";
    public const string CoverIcs = "CoverIcs";
    public const string CoverCode = "CoverCode";
    public const string CoverBanner = "CoverBanner";
    public const string CoverNumber = "CoverNumber";
    public const string CoverReplaces = "CoverReplaces";
    public const string CoverTitle = "CoverTitle";
    public const string CoverTitleEn = "CoverTitleEn";
    public const string CoverAdoption = "CoverAdoption";
    public const string CoverStage = "CoverStage";
    public const string CoverNote = "CoverNote";
    public const string CoverDates = "CoverDates";
    public const string CoverIssuer = "CoverIssuer";
    public const string CoverEnd = "CoverEnd";

    // Character styles.
    public const string ClauseNumber = "ClauseNumber";
    public const string NoteLabel = "NoteLabel";
    public const string ExampleLabel = "ExampleLabel";
    public const string CoverIssued = "CoverIssued";
    /// <summary>A footnote mark: "1)" in running text, "a" in a table, raised.</summary>
    public const string FootnoteReference = "FootnoteReference";
    /// <summary>A variable in the key of a formula: italic; its sub- and superscripts in their own styles.</summary>
    public const string Variable = "Variable";
    public const string Subscript = "Subscript";
    public const string VariableSubscript = "VariableSubscript";
    public const string Superscript = "Superscript";
    public const string VariableSuperscript = "VariableSuperscript";

    /// <summary>Heading1 … Heading6: chapters and 条 levels 1–5, with outline levels 0–5.</summary>
    public static string Heading(int level) => $"Heading{level}";
}

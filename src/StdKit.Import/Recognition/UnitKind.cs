namespace StdKit.Import.Recognition;

/// <summary>What a source paragraph is, once recognised.</summary>
internal enum UnitKind
{
    Paragraph,
    /// <summary>章 or titled 条; <see cref="Unit.Level"/> 1 for a chapter … 6.</summary>
    Heading,
    /// <summary>无标题条: number and text in one paragraph.</summary>
    UntitledClause,
    DashItem,
    NumberedItem,
    Note,
    Example,
    TermNumber,
    TermName,
    TableTitle,
    FigureTitle,
    /// <summary>"附录A", "（规范性）" and the title, on one paragraph or several.</summary>
    AnnexHeading,
    /// <summary>前言 or 引言.</summary>
    FrontTitle,
    TocTitle,
    TocEntry,
    BodyTitle,
    BibliographyTitle,
    ReferenceEntry,
    BibliographyEntry,
    /// <summary>A paragraph of the cover; <see cref="Unit.Hint"/> names the field where the style says it.</summary>
    Cover,
    /// <summary>Layout only: the end line, an empty paragraph.</summary>
    Layout,
    Table,
    Image,
}

/// <summary>A recognised source block; <see cref="Level"/> is a heading level or a list depth (1 or 2).</summary>
internal sealed record Unit(UnitKind Kind, string Text, int Level, Sources.SourceBlock Source)
{
    /// <summary>The number Word generated or the drafter typed ("4.3.1", "3.2", "a)"), stripped from the
    /// text.</summary>
    public string? Number { get; init; }
    /// <summary>The cover field a cover style names ("title", "title-en", "number", "code", "banner",
    /// "issuer").</summary>
    public string? Hint { get; init; }
    /// <summary>True when the kind comes from the text alone, without a style to confirm it.</summary>
    public bool ByPattern { get; init; }
}

using DocumentFormat.OpenXml.Wordprocessing;

namespace StdKit.Generator.Docx.Styles;

/// <summary>One named style as data: font, size and paragraph geometry in twips (1/20 pt).</summary>
public sealed record StyleSpec(string Id, string Name, Typeface Font, int Size)
{
    public StyleValues Type { get; init; } = StyleValues.Paragraph;
    public string? Alias { get; init; }
    public JustificationValues? Align { get; init; }
    public int? FirstLine { get; init; }
    public int? Left { get; init; }
    public int? Right { get; init; }
    public int? Hanging { get; init; }
    public int? Before { get; init; }
    public int? After { get; init; }
    /// <summary>Exact line height in twips.</summary>
    public int? ExactLine { get; init; }
    public int? OutlineLevel { get; init; }
    public bool PageBreakBefore { get; init; }
    public bool KeepNext { get; init; }
    public bool Bold { get; init; }
    /// <summary>Character width in percent (the cover banner is stretched).</summary>
    public int? Scale { get; init; }
    /// <summary>A right tab stop, in twips from the left margin, with a dot leader when
    /// <see cref="DotLeader"/>.</summary>
    public int? RightTab { get; init; }
    public bool DotLeader { get; init; }
    /// <summary>The right tab's leader is a row of middle dots (the formula number, GB/T 1.1 template).</summary>
    public bool MiddleDotLeader { get; init; }
    public int? CenterTab { get; init; }
    public int? LeftTab { get; init; }
    public bool Superscript { get; init; }
    public bool Subscript { get; init; }
    public bool Italic { get; init; }
    public bool TopRule { get; init; }
    public bool BuiltIn { get; init; }

    public Style ToStyle()
    {
        var style = new Style { Type = Type, StyleId = Id, CustomStyle = !BuiltIn };
        style.Append(new StyleName { Val = Name });
        if (Alias is not null) style.Append(new Aliases { Val = Alias });
        if (Type == StyleValues.Paragraph) style.Append(new BasedOn { Val = "Normal" });
        style.Append(new PrimaryStyle());
        if (Type == StyleValues.Paragraph) style.Append(ParagraphProperties());
        style.Append(RunProperties());
        return style;
    }

    private StyleParagraphProperties ParagraphProperties()
    {
        var p = new StyleParagraphProperties();
        if (KeepNext) p.Append(new KeepNext());
        if (PageBreakBefore) p.Append(new PageBreakBefore());
        if (TopRule)
            p.Append(new ParagraphBorders(
                new TopBorder { Val = BorderValues.Single, Size = 12, Space = 1, Color = "000000" }));
        var tabs = new Tabs();
        if (LeftTab is { } left) tabs.Append(new TabStop { Val = TabStopValues.Left, Position = left });
        if (CenterTab is { } center) tabs.Append(new TabStop { Val = TabStopValues.Center, Position = center });
        if (RightTab is { } tab)
            tabs.Append(new TabStop
            {
                Val = TabStopValues.Right, Position = tab,
                Leader = MiddleDotLeader ? TabStopLeaderCharValues.MiddleDot
                    : DotLeader ? TabStopLeaderCharValues.Dot : TabStopLeaderCharValues.None,
            });
        if (tabs.HasChildren) p.Append(tabs);
        var spacing = new SpacingBetweenLines { Before = (Before ?? 0).ToString(), After = (After ?? 0).ToString() };
        if (ExactLine is { } line)
        {
            spacing.Line = line.ToString();
            spacing.LineRule = LineSpacingRuleValues.Exact;
        }
        p.Append(spacing);
        // Attributes are set only when given: an empty w:line or w:right reads as zero in LibreOffice.
        var indentation = new Indentation { Left = (Left ?? 0).ToString() };
        if (Right is { } right) indentation.Right = right.ToString();
        if (FirstLine is { } firstLine) indentation.FirstLine = firstLine.ToString();
        if (Hanging is { } hanging) indentation.Hanging = hanging.ToString();
        p.Append(indentation);
        p.Append(new Justification { Val = Align ?? JustificationValues.Both });
        if (OutlineLevel is { } level) p.Append(new OutlineLevel { Val = level });
        return p;
    }

    private StyleRunProperties RunProperties()
    {
        // Digits and Latin letters inside a 黑体 element (clause numbers, "表1", "附录A", the cover number, English
        // term equivalents) are 黑体 too (GB/T 1.1 Annex F); running text keeps Times New Roman for Latin.
        var latin = Font == Typeface.Hei ? Font.EastAsian() : TypefaceNames.Latin;
        var r = new StyleRunProperties(new RunFonts { Ascii = latin, HighAnsi = latin, EastAsia = Font.EastAsian() });
        if (Bold) r.Append(new Bold());
        if (Italic) r.Append(new Italic());
        if (Scale is { } scale) r.Append(new CharacterScale { Val = scale });
        r.Append(new FontSize { Val = Size.ToString() });
        r.Append(new FontSizeComplexScript { Val = Size.ToString() });
        if (Superscript || Subscript)
            r.Append(new VerticalTextAlignment
                { Val = Superscript ? VerticalPositionValues.Superscript : VerticalPositionValues.Subscript });
        return r;
    }
}

using DocumentFormat.OpenXml.Wordprocessing;
using static StdKit.Generator.Docx.Styles.Zihao;
using static StdKit.Generator.Docx.Styles.Typeface;

namespace StdKit.Generator.Docx.Styles;

/// <summary>
/// StdKit's styles, after GB/T 1.1-2020 Annex F and §3 of the facts sheet; geometry follows the SET-style template
/// ([TEMPLATE] values). Restyling a whole document means editing one of these in Word.
/// </summary>
public static class StyleSheet
{
    /// <summary>Width of the type area: A4 less the margins and gutter of <see cref="Layout.PageSetup"/>.</summary>
    public const int TypeAreaWidth = 9354;
    private const int OneLine = 312;
    private const int HalfLine = 156;
    /// <summary>How far the cover title reaches beyond the type area on each side: 170 mm wide in all.</summary>
    public const int CoverOverhang = 142;
    /// <summary>Two characters of 五号 text (2 × 10.5 pt).</summary>
    private const int TwoChars = 420;

    public static IReadOnlyList<StyleSpec> Specs { get; } =
    [
        new(StyleIds.Paragraph, "标准文件_段", Song, Wuhao) { FirstLine = TwoChars },
        new(StyleIds.UntitledClause, "标准文件_无标题条", Song, Wuhao),
        new(StyleIds.Heading(1), "heading 1", Hei, Wuhao) { Alias = "标准文件_章标题", Before = OneLine, After = OneLine,
            OutlineLevel = 0, KeepNext = true, BuiltIn = true },
        new(StyleIds.Heading(2), "heading 2", Hei, Wuhao) { Alias = "标准文件_一级条标题", Before = HalfLine, After = HalfLine,
            OutlineLevel = 1, KeepNext = true, BuiltIn = true },
        new(StyleIds.Heading(3), "heading 3", Hei, Wuhao) { Alias = "标准文件_二级条标题", Before = HalfLine, After = HalfLine,
            OutlineLevel = 2, KeepNext = true, BuiltIn = true },
        new(StyleIds.Heading(4), "heading 4", Hei, Wuhao) { Alias = "标准文件_三级条标题", Before = HalfLine, After = HalfLine,
            OutlineLevel = 3, KeepNext = true, BuiltIn = true },
        new(StyleIds.Heading(5), "heading 5", Hei, Wuhao) { Alias = "标准文件_四级条标题", Before = HalfLine, After = HalfLine,
            OutlineLevel = 4, KeepNext = true, BuiltIn = true },
        new(StyleIds.Heading(6), "heading 6", Hei, Wuhao) { Alias = "标准文件_五级条标题", Before = HalfLine, After = HalfLine,
            OutlineLevel = 5, KeepNext = true, BuiltIn = true },
        new(StyleIds.TocTitle, "标准文件_目次、标准名称标题", Hei, Sanhao) { Before = 480, After = 468,
            Align = JustificationValues.Center },
        new(StyleIds.FrontTitle, "标准文件_前言、引言标题", Hei, Sanhao) { Before = 480, After = 468,
            Align = JustificationValues.Center, OutlineLevel = 0, PageBreakBefore = true },
        new(StyleIds.BodyTitle, "标准文件_正文标准名称", Hei, Sanhao) { Before = 560, After = 640, ExactLine = 400,
            Align = JustificationValues.Center },
        new(StyleIds.AnnexHeading, "标准文件_附录标识", Hei, Wuhao) { After = OneLine, Align = JustificationValues.Center,
            OutlineLevel = 0, PageBreakBefore = true, KeepNext = true },
        new(StyleIds.BibliographyTitle, "标准文件_参考文献标题", Hei, Wuhao) { After = OneLine,
            Align = JustificationValues.Center, OutlineLevel = 0, PageBreakBefore = true, KeepNext = true },
        new(StyleIds.ListLevel1, "标准文件_列项一级", Song, Wuhao) { Left = 851, Hanging = 426 },
        new(StyleIds.ListLevel2, "标准文件_列项二级", Song, Wuhao) { Left = 1276, Hanging = 425 },
        new(StyleIds.Note, "标准文件_注：", Song, Xiaowu) { Left = 737, Hanging = 374 },
        new(StyleIds.NoteNumbered, "标准文件_注×：", Song, Xiaowu) { Left = 811, Hanging = 448 },
        new(StyleIds.Example, "标准文件_示例：", Song, Xiaowu) { FirstLine = 360 },
        new(StyleIds.TermNumber, "标准文件_术语条目编号", Hei, Wuhao) { Align = JustificationValues.Left, KeepNext = true },
        new(StyleIds.TermName, "标准文件_术语", Hei, Wuhao) { FirstLine = TwoChars, Align = JustificationValues.Left,
            KeepNext = true },
        new(StyleIds.ReferenceEntry, "标准文件_规范性引用文件", Song, Wuhao) { FirstLine = TwoChars,
            Align = JustificationValues.Left },
        new(StyleIds.BibliographyEntry, "标准文件_参考文献条目", Song, Wuhao) { FirstLine = TwoChars,
            Align = JustificationValues.Left },
        new(StyleIds.TableTitle, "标准文件_正文表标题", Hei, Wuhao) { Before = HalfLine, After = HalfLine,
            Align = JustificationValues.Center, KeepNext = true },
        new(StyleIds.TableTitleContinued, "标准文件_表格续", Hei, Wuhao) { After = HalfLine,
            Align = JustificationValues.Center, KeepNext = true, PageBreakBefore = true },
        new(StyleIds.TableText, "标准文件_表格", Song, Xiaowu) { Align = JustificationValues.Center },
        new(StyleIds.TableTextKept, "标准文件_表格（与下行同页）", Song, Xiaowu) { Align = JustificationValues.Center,
            KeepNext = true },
        // Centred formula, its number at the right margin after a row of middle dots [TEMPLATE: 4678 / 9356].
        new(StyleIds.Formula, "标准文件_正文公式", Song, Wuhao) { Before = HalfLine, After = HalfLine,
            CenterTab = TypeAreaWidth / 2, RightTab = TypeAreaWidth, MiddleDotLeader = true },
        new(StyleIds.KeyLead, "标准文件_式中", Song, Wuhao) { FirstLine = TwoChars, Align = JustificationValues.Left,
            KeepNext = true },
        // Symbols from the 3rd character, the dashes at the 7th, wrapped explanations under the explanation.
        new(StyleIds.KeyEntry, "标准文件_符号说明", Song, Wuhao) { Left = 3 * TwoChars + TwoChars, Hanging = 3 * TwoChars,
            LeftTab = 3 * TwoChars, Align = JustificationValues.Left },
        new(StyleIds.SubFigureTitle, "标准文件_分图标题", Hei, Xiaowu) { After = HalfLine, Align = JustificationValues.Center },
        new(StyleIds.TableNote, "标准文件_表注", Song, Xiaowu) { Left = 737, Hanging = 374,
            Align = JustificationValues.Left },
        new(StyleIds.TableFootnote, "标准文件_图表脚注", Song, Xiaowu) { Left = 737, Hanging = 374,
            Align = JustificationValues.Left },
        // [TEMPLATE] 标准文件_条文脚注: 2 characters in, wrapped lines at the margin. No hanging indent: LibreOffice
        // pads an automatic footnote number to the hanging indent, which set "1" and ")" apart.
        new(StyleIds.FootnoteText, "标准文件_条文脚注", Song, Xiaowu) { FirstLine = 360 },
        new(StyleIds.IndexTitle, "标准文件_索引标题", Hei, Wuhao) { After = OneLine, Align = JustificationValues.Center,
            OutlineLevel = 0, PageBreakBefore = true, KeepNext = true },
        new(StyleIds.IndexLetter, "标准文件_索引字母", Song, Wuhao) { Bold = true, Align = JustificationValues.Center,
            KeepNext = true },
        new(StyleIds.IndexEntry, "标准文件_索引项", Song, Wuhao) { ExactLine = 320, Left = 210, Hanging = 210,
            RightTab = TypeAreaWidth, DotLeader = true, Align = JustificationValues.Left },
        new(StyleIds.Figure, "标准文件_图", Song, Liuhao) { Before = HalfLine, Align = JustificationValues.Center,
            KeepNext = true },
        new(StyleIds.ChartText, "标准文件_图中文字", Song, Liuhao) { ExactLine = Charts.ChartLayout.LineHeightTwips,
            Align = JustificationValues.Center },
        new(StyleIds.FigureTitle, "标准文件_正文图标题", Hei, Wuhao) { Before = HalfLine, After = HalfLine,
            Align = JustificationValues.Center },
        // ¼ of the type area, centred: (9354 − 2338) / 2 on each side (GB/T 1.1 10.1.5).
        new(StyleIds.EndLine, "标准文件_终结线", Song, Wuhao) { Before = OneLine, Left = 3508, Right = 3508, TopRule = true,
            Align = JustificationValues.Center },
        new(StyleIds.HeaderOdd, "标准文件_页眉奇数页", Hei, Wuhao) { After = 120, Align = JustificationValues.Right },
        new(StyleIds.HeaderEven, "标准文件_页眉偶数页", Hei, Wuhao) { After = 120, Align = JustificationValues.Left },
        new(StyleIds.FooterOdd, "标准文件_页脚奇数页", Song, Xiaowu) { Right = 227, Align = JustificationValues.Right },
        new(StyleIds.FooterEven, "标准文件_页脚偶数页", Song, Xiaowu) { Left = 198, Align = JustificationValues.Left },
        new(StyleIds.Toc1, "toc 1", Song, Wuhao) { Alias = "标准文件_目次一级", ExactLine = 320, RightTab = TypeAreaWidth,
            DotLeader = true, BuiltIn = true },
        new(StyleIds.Toc2, "toc 2", Song, Wuhao) { Alias = "标准文件_目次二级", Left = 210, ExactLine = 320,
            RightTab = TypeAreaWidth, DotLeader = true, BuiltIn = true },
        new(StyleIds.CoverIcs, "标准文件_ICS", Hei, Wuhao),
        new(StyleIds.CoverCode, "标准文件_封面代号", Hei, Yihao) { Bold = true, Align = JustificationValues.Right },
        new(StyleIds.CoverBanner, "标准称谓", Song, Yihao) { ExactLine = 760, After = 280, Bold = true, Scale = 148,
            Align = JustificationValues.Distribute },
        new(StyleIds.CoverNumber, "标准文件_文件编号", Hei, Sihao) { Align = JustificationValues.Right },
        new(StyleIds.CoverReplaces, "标准文件_标准代替", Hei, Wuhao) { Before = 60, Align = JustificationValues.Right },
        // The title 3.8 cm below the upper rule, at 11.3 cm from the top of the page, 170 mm wide like the rules
        // [TEMPLATE: frame 9639]: a line holds 18 characters of 一号, which the type area misses by 6 twips.
        new(StyleIds.CoverTitle, "标准文件_文件名称", Hei, Yihao) { Before = 2154, ExactLine = 700, Left = -CoverOverhang,
            Right = -CoverOverhang, Align = JustificationValues.Center },
        new(StyleIds.CoverTitleEn, "封面标准英文名称", Hei, Sihao) { Before = 360, Align = JustificationValues.Center },
        new(StyleIds.CoverAdoption, "标准文件_一致程度", Hei, Sihao) { Before = 440, Align = JustificationValues.Center },
        new(StyleIds.CoverStage, "标准文件_封面稿次", Song, Xiaosi) { Before = 600, Align = JustificationValues.Center },
        new(StyleIds.CoverNote, "标准文件_封面说明", Song, Wuhao) { Before = 240, Align = JustificationValues.Center },
        // [TEMPLATE] the date line sits at y = 24.9 cm, the lower rule at 25.7 cm, the issuer below it.
        new(StyleIds.CoverDates, "标准文件_封面日期", Hei, Sihao) { ExactLine = 400, RightTab = TypeAreaWidth,
            Align = JustificationValues.Left },
        new(StyleIds.CoverIssuer, "其他发布部门", Hei, Xiaoer) { Before = 120, Scale = 135,
            Align = JustificationValues.Center },
        // The paragraph that closes the cover section: one point high, so it never pushes onto a second page.
        new(StyleIds.CoverEnd, "标准文件_封面结束", Song, 2) { ExactLine = 20 },
        new(StyleIds.ClauseNumber, "标准文件_条编号", Hei, Wuhao) { Type = StyleValues.Character },
        new(StyleIds.NoteLabel, "标准文件_注标签", Hei, Xiaowu) { Type = StyleValues.Character },
        new(StyleIds.ExampleLabel, "标准文件_示例标签", Hei, Xiaowu) { Type = StyleValues.Character },
        new(StyleIds.CoverIssued, "标准文件_发布", Hei, Sihao) { Type = StyleValues.Character, Scale = 100 },
        new(StyleIds.FootnoteReference, "footnote reference", Song, Xiaowu) { Type = StyleValues.Character,
            Superscript = true, BuiltIn = true },
        new(StyleIds.Variable, "标准文件_变量", Song, Wuhao) { Type = StyleValues.Character, Italic = true },
        new(StyleIds.Subscript, "标准文件_下标", Song, Wuhao) { Type = StyleValues.Character, Subscript = true },
        new(StyleIds.VariableSubscript, "标准文件_变量下标", Song, Wuhao) { Type = StyleValues.Character, Subscript = true,
            Italic = true },
        new(StyleIds.Superscript, "标准文件_上标", Song, Wuhao) { Type = StyleValues.Character, Superscript = true },
        new(StyleIds.VariableSuperscript, "标准文件_变量上标", Song, Wuhao) { Type = StyleValues.Character, Superscript = true,
            Italic = true },
    ];

    public static DocumentFormat.OpenXml.Wordprocessing.Styles Build()
    {
        var styles = new DocumentFormat.OpenXml.Wordprocessing.Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = TypefaceNames.Latin, HighAnsi = TypefaceNames.Latin,
                        EastAsia = Song.EastAsian(), ComplexScript = TypefaceNames.Latin },
                    new FontSize { Val = Wuhao.ToString() },
                    new FontSizeComplexScript { Val = Wuhao.ToString() },
                    new Languages { Val = "en-US", EastAsia = "zh-CN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle())
            {
                Type = StyleValues.Paragraph, StyleId = "Normal", Default = true,
            });
        foreach (var spec in Specs) styles.Append(spec.ToStyle());
        return styles;
    }
}

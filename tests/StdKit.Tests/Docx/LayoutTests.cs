using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using StdKit.Tests.Support;

namespace StdKit.Tests.Docx;

/// <summary>The layout facts of GB/T 1.1-2020 (facts sheet §1–§4), read back from the produced XML.</summary>
public sealed class LayoutTests(RenderedSeeds seeds) : IClassFixture<RenderedSeeds>
{
    private const string Seed = "t-gdcma-integrity-service";

    private List<SectionProperties> Sections()
    {
        using var document = seeds.Open(Seed);
        return document.MainDocumentPart!.Document.Body!.Descendants<SectionProperties>()
            .Select(s => (SectionProperties)s.CloneNode(true))
            .ToList();
    }

    [Fact]
    public void Three_sections_on_A4_with_the_template_margins()
    {
        var sections = Sections();
        Assert.Equal(3, sections.Count);
        Assert.All(sections, s =>
        {
            var size = s.GetFirstChild<PageSize>()!;
            Assert.Equal((11906u, 16838u), (size.Width!.Value, size.Height!.Value));
        });
        foreach (var body in sections.Skip(1))
        {
            var m = body.GetFirstChild<PageMargin>()!;
            Assert.Equal((1928, 1134, 1134u, 1134u, 284u),
                (m.Top!.Value, m.Bottom!.Value, m.Left!.Value, m.Right!.Value, m.Gutter!.Value));
            Assert.Equal((1418u, 1134u), (m.Header!.Value, m.Footer!.Value));
        }
    }

    [Fact]
    public void Cover_has_no_header_front_matter_is_roman_and_the_body_restarts_at_1_on_an_odd_page()
    {
        var (cover, front, body) = (Sections()[0], Sections()[1], Sections()[2]);
        Assert.Empty(cover.Elements<HeaderReference>());
        Assert.Empty(cover.Elements<FooterReference>());
        // The cover opens a right-hand page, counting (unprinted) from 1: in a manual a blank verso comes before it.
        Assert.Equal(1, cover.GetFirstChild<PageNumberType>()!.Start!.Value);
        Assert.Equal(SectionMarkValues.OddPage, cover.GetFirstChild<SectionType>()!.Val!.Value);

        Assert.Equal(NumberFormatValues.UpperRoman, front.GetFirstChild<PageNumberType>()!.Format!.Value);
        Assert.Equal(1, front.GetFirstChild<PageNumberType>()!.Start!.Value);
        Assert.Equal(NumberFormatValues.Decimal, body.GetFirstChild<PageNumberType>()!.Format!.Value);
        Assert.Equal(1, body.GetFirstChild<PageNumberType>()!.Start!.Value);
        Assert.Equal(SectionMarkValues.OddPage, body.GetFirstChild<SectionType>()!.Val!.Value);
        foreach (var s in new[] { front, body })
        {
            Assert.Equal([HeaderFooterValues.Default, HeaderFooterValues.Even],
                s.Elements<HeaderReference>().Select(h => h.Type!.Value));
            Assert.Equal([HeaderFooterValues.Default, HeaderFooterValues.Even],
                s.Elements<FooterReference>().Select(h => h.Type!.Value));
        }
    }

    [Fact]
    public void Odd_and_even_headers_carry_the_number_right_and_left_and_footers_the_page_number()
    {
        using var document = seeds.Open(Seed);
        var main = document.MainDocumentPart!;
        Assert.NotNull(main.DocumentSettingsPart!.Settings.GetFirstChild<EvenAndOddHeaders>());
        var body = main.Document.Body!.Elements<SectionProperties>().Single();
        string HeaderStyle(HeaderFooterValues type)
        {
            var id = body.Elements<HeaderReference>().Single(h => h.Type!.Value == type).Id!.Value!;
            var header = ((DocumentFormat.OpenXml.Packaging.HeaderPart)main.GetPartById(id)).Header;
            Assert.Equal("T/GDCMA XXX—2024", header.InnerText);
            return header.Descendants<ParagraphStyleId>().Single().Val!.Value!;
        }
        Assert.Equal(JustificationValues.Right,
            Style(main, HeaderStyle(HeaderFooterValues.Default)).StyleParagraphProperties!.Justification!.Val!.Value);
        Assert.Equal(JustificationValues.Left,
            Style(main, HeaderStyle(HeaderFooterValues.Even)).StyleParagraphProperties!.Justification!.Val!.Value);
        foreach (var footerRef in body.Elements<FooterReference>())
        {
            var footer = ((DocumentFormat.OpenXml.Packaging.FooterPart)main.GetPartById(footerRef.Id!.Value!)).Footer;
            Assert.Equal("PAGE", footer.Descendants<FieldCode>().Single().Text.Trim());
        }
    }

    [Theory]
    [InlineData("Heading1", "黑体", "21", 0)]
    [InlineData("Heading2", "黑体", "21", 1)]
    [InlineData("Heading6", "黑体", "21", 5)]
    [InlineData("StdParagraph", "宋体", "21", null)]
    [InlineData("Note", "宋体", "18", null)]
    [InlineData("Example", "宋体", "18", null)]
    [InlineData("TableText", "宋体", "18", null)]
    [InlineData("TableTitle", "黑体", "21", null)]
    [InlineData("FigureTitle", "黑体", "21", null)]
    [InlineData("BodyTitle", "黑体", "32", null)]
    [InlineData("FrontTitle", "黑体", "32", 0)]
    [InlineData("CoverTitle", "黑体", "52", null)]
    [InlineData("FooterOdd", "宋体", "18", null)]
    [InlineData("HeaderOdd", "黑体", "21", null)]
    public void Styles_carry_the_fonts_sizes_and_outline_levels_of_Annex_F(
        string styleId, string eastAsia, string halfPoints, int? outline)
    {
        using var document = seeds.Open(Seed);
        var style = Style(document.MainDocumentPart!, styleId);
        var fonts = style.StyleRunProperties!.RunFonts!;
        Assert.Equal(eastAsia, fonts.EastAsia!.Value);
        // Digits and Latin letters of a 黑体 element are 黑体 too; running text sets them in Times New Roman.
        Assert.Equal(eastAsia == "黑体" ? "黑体" : "Times New Roman", fonts.Ascii!.Value);
        Assert.Equal(fonts.Ascii.Value, fonts.HighAnsi!.Value);
        Assert.Equal(halfPoints, style.StyleRunProperties.FontSize!.Val!.Value);
        Assert.Equal(outline, style.StyleParagraphProperties?.OutlineLevel?.Val?.Value);
    }

    [Fact]
    public void Paragraph_and_list_indents_follow_the_facts_sheet()
    {
        using var document = seeds.Open(Seed);
        var main = document.MainDocumentPart!;
        Assert.Equal("420", Style(main, "StdParagraph").StyleParagraphProperties!.Indentation!.FirstLine!.Value);
        var list1 = Style(main, "ListLevel1").StyleParagraphProperties!.Indentation!;
        Assert.Equal(("851", "426"), (list1.Left!.Value, list1.Hanging!.Value));
        var list2 = Style(main, "ListLevel2").StyleParagraphProperties!.Indentation!;
        Assert.Equal(("1276", "425"), (list2.Left!.Value, list2.Hanging!.Value));
        Assert.NotNull(Style(main, "FrontTitle").StyleParagraphProperties!.PageBreakBefore);
        Assert.NotNull(Style(main, "AnnexHeading").StyleParagraphProperties!.PageBreakBefore);
        Assert.NotNull(Style(main, "BibliographyTitle").StyleParagraphProperties!.PageBreakBefore);
    }

    [Fact]
    public void The_toc_field_is_present_and_filled_with_real_entries()
    {
        using var document = seeds.Open(Seed);
        var body = document.MainDocumentPart!.Document.Body!;
        var code = body.Descendants<FieldCode>().Single(f => f.Text.Contains("TOC"));
        Assert.Contains("\\o \"1-2\"", code.Text);
        var entries = body.Descendants<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value is "TOC1" or "TOC2")
            .Select(p => string.Concat(p.Descendants<Text>().Select(t => t.Text))).ToList();
        Assert.Equal(["前言", "引言", "1　范围", "2　规范性引用文件", "3　术语和定义", "4　基本要求", "4.1　服务机构基本要求"], entries.Take(7));
        Assert.Equal("参考文献", entries[^1]);
        Assert.Equal(1, body.Descendants<FieldChar>().Count(f => f.FieldCharType!.Value == FieldCharValues.Begin
            && f.Ancestors<Paragraph>().First().ParagraphProperties!.ParagraphStyleId!.Val == "TOC1"));
    }

    [Fact]
    public void No_direct_formatting_every_paragraph_names_a_style_and_runs_only_a_character_style()
    {
        using var document = seeds.Open(Seed);
        var body = document.MainDocumentPart!.Document.Body!;
        foreach (var p in body.Descendants<Paragraph>())
        {
            Assert.NotNull(p.ParagraphProperties?.ParagraphStyleId);
            Assert.All(p.ParagraphProperties!.ChildElements,
                c => Assert.True(c is ParagraphStyleId or SectionProperties, c.LocalName));
        }
        Assert.All(body.Descendants<RunProperties>(),
            rp => Assert.All(rp.ChildElements, c => Assert.IsType<RunStyle>(c)));
    }

    [Fact]
    public void The_document_ends_with_the_end_line()
    {
        using var document = seeds.Open(Seed);
        var last = document.MainDocumentPart!.Document.Body!.Elements<Paragraph>().Last();
        Assert.Equal("EndLine", last.ParagraphProperties!.ParagraphStyleId!.Val!.Value);
        var style = Style(document.MainDocumentPart!, "EndLine").StyleParagraphProperties!;
        Assert.NotNull(style.ParagraphBorders!.TopBorder);
        Assert.Equal(("3508", "3508"), (style.Indentation!.Left!.Value, style.Indentation.Right!.Value));
    }

    private static Style Style(DocumentFormat.OpenXml.Packaging.MainDocumentPart main, string id) =>
        main.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == id);
}

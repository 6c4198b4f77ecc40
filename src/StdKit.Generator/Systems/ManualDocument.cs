using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using StdKit.Generator.Docx;
using StdKit.Generator.Docx.Layout;
using StdKit.Generator.Docx.Styles;
using StdKit.Generator.Docx.Writers;
using StdKit.Model.Documents;
using StdKit.Model.Systems;
using StdKit.Model.Wording;
using Captions = StdKit.Model.Wording.Captions;

namespace StdKit.Generator.Systems;

/// <summary>One part of the manual as its master 目次 lists it, and the bookmark that names its first page.</summary>
public sealed record ManualPart(string Entry, string Mark);

/// <summary>
/// What the layout passes of a manual measured: the manual page of each part (by entry), where the 标准明细表 crosses
/// pages, and each standard's own 目次 pages (in the volume's numbers) and table breaks.
/// </summary>
public sealed record ManualLayout(IReadOnlyDictionary<string, string> PartPages, PrintLayout List,
    IReadOnlyList<PrintLayout> Standards)
{
    public static ManualLayout Unmeasured(int standards) => new(new Dictionary<string, string>(),
        PrintLayout.Unmeasured, Enumerable.Repeat(PrintLayout.Unmeasured, standards).ToList());

    public bool SameAs(ManualLayout other) =>
        List.SameAs(other.List) && PartPages.Count == other.PartPages.Count
        && PartPages.All(p => other.PartPages.TryGetValue(p.Key, out var v) && v == p.Value)
        && Standards.Count == other.Standards.Count
        && Standards.Zip(other.Standards).All(s => s.First.SameAs(s.Second));
}

/// <summary>
/// 标准汇编: the agency's whole system bound in one volume — the manual's cover, a master 目次 giving the manual page
/// of every part, the 标准体系结构图, the 标准明细表, then every standard as it prints alone, with its own cover and
/// 目次, but with the volume's page numbers (<see cref="Volume"/>).
/// </summary>
public static class ManualDocument
{
    public const string MarkPrefix = "_StdPart";
    public const string TocMark = MarkPrefix + "Toc";

    public static IReadOnlyList<ManualPart> Parts(StandardSystem system, IReadOnlyList<Standard> standards) =>
    [
        new ManualPart(StructureChartDocument.Title(system), MarkPrefix + 0),
        new ManualPart(StandardListDocument.Title(system), MarkPrefix + 1),
        .. standards.Select((s, i) => new ManualPart(Captions.Join(s.Metadata.Number.ToString(), s.Metadata.Title),
            MarkPrefix + (i + 2))),
    ];

    /// <summary>The mark prefix of the i-th standard's table rows; the 明细表's rows carry none.</summary>
    public static string StandardPrefix(int index) => $"d{index}y";

    public static void Write(string path, StandardSystem system, IReadOnlyList<Standard> standards,
        ManualLayout? layout) =>
        AtomicFile.Write(path, temp =>
        {
            using var document = WordprocessingDocument.Create(temp, WordprocessingDocumentType.Document);
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body());
            main.AddNewPart<StyleDefinitionsPart>().Styles = StyleSheet.Build();
            main.AddNewPart<DocumentSettingsPart>().Settings = new Settings(new DefaultTabStop { Val = 420 },
                new EvenAndOddHeaders(),
                new CharacterSpacingControl { Val = CharacterSpacingValues.CompressPunctuation });
            var doc = new DocumentBuilder(main, Path.GetDirectoryName(Path.GetFullPath(path))!);
            var parts = Parts(system, standards);
            Cover(doc, system, standards.Count);
            doc.Volume = new Volume(HeaderFooterParts.NumberOnly(main));
            var headers = HeaderFooterParts.Create(main, StructureChartDocument.Header(system));
            var at = doc.Body.ChildElements.Count;
            MasterToc(doc, parts, layout);
            doc.Mark(at, TocMark);
            doc.EndSection(PageSetup.FrontMatter(headers, doc.Volume));
            at = doc.Body.ChildElements.Count;
            doc.EndSection(SystemDocument.Part(doc, headers, parts[0].Entry,
                d => StructureChartDocument.Content(d, system)));
            doc.Mark(at, parts[0].Mark);
            at = doc.Body.ChildElements.Count;
            var last = SystemDocument.Part(doc, headers, parts[1].Entry,
                d => StandardListDocument.Content(d, system, layout?.List));
            doc.Mark(at, parts[1].Mark);
            for (var i = 0; i < standards.Count; i++)
            {
                doc.EndSection(last);
                at = doc.Body.ChildElements.Count;
                // The section opens with a paragraph a point high: LibreOffice gives a section that opens with a
                // table (the cover) the page style of the section before, with its header and footer.
                doc.Add(StyleIds.CoverEnd);
                doc.MarkPrefix = StandardPrefix(i);
                last = DocxRenderer.Write(doc, standards[i], layout?.Standards[i]);
                doc.Mark(at, parts[i + 2].Mark);
            }
            doc.Body.Append(last);
        });

    /// <summary>The manual's cover: the system's name, 标准汇编, how many standards, the agency and the year.</summary>
    private static void Cover(DocumentBuilder doc, StandardSystem system, int standards)
    {
        // A name too long for a line with 标准体系 keeps a line of its own rather than losing its last character.
        doc.Add(StyleIds.CoverTitle, Headings.TitleLines($"{system.AgencyName}标准体系\u3000标准汇编", CoverWriter.TitleWidth,
            [system.AgencyName]));
        doc.Add(StyleIds.CoverStage, $"（共收录标准{standards}项）");
        doc.Add(StyleIds.CoverIssuer, system.AgencyName);
        doc.Add(StyleIds.CoverStage, $"{system.Year}年");
        doc.EndSection(PageSetup.Cover());
    }

    /// <summary>Every part with its manual page, once a layout pass has measured them.</summary>
    private static void MasterToc(DocumentBuilder doc, IReadOnlyList<ManualPart> parts, ManualLayout? layout)
    {
        doc.Add(StyleIds.TocTitle, Headings.Toc);
        foreach (var part in parts)
        {
            var page = layout?.PartPages.GetValueOrDefault(part.Entry);
            doc.Add(StyleIds.Toc1, page is null ? part.Entry : $"{part.Entry}\t{page}");
        }
    }
}

using PdfSharp.Pdf.IO;
using StdKit.Generator.Docx.Layout;
using StdKit.Generator.Pdf;
using StdKit.Generator.Systems;
using StdKit.Model.Documents;
using StdKit.Model.Systems;
using StdKit.Model.Wording;

namespace StdKit.Generator;

/// <summary>
/// Publishes the 标准汇编 as one .docx and, on request, one PDF with a bookmark for every part. As for a standard
/// alone, the manual is laid out until what the layout tells stops changing: the manual page of each part for the
/// master 目次, "表1（续）" where the 明细表 crosses a page, and within each standard the pages of its own 目次 —
/// volume pages too, as the volume prints no others — and "表N（续）".
/// </summary>
public static class ManualPublisher
{
    private const int MaxPasses = 8;

    public static void Publish(string docxPath, string? pdfPath, StandardSystem system,
        IReadOnlyList<Standard> standards)
    {
        ManualDocument.Write(docxPath, system, standards, null);
        if (pdfPath is null) return;
        var converter = new PdfConverter();
        var current = ManualLayout.Unmeasured(standards.Count);
        var documents = standards.Count + 2;
        converter.Convert(docxPath, pdfPath, documents);
        for (var pass = 1; pass < MaxPasses; pass++)
        {
            var measured = Measure(pdfPath, system, standards, current);
            if (measured.SameAs(current)) break;
            current = measured;
            ManualDocument.Write(docxPath, system, standards, current);
            converter.Convert(docxPath, pdfPath, documents);
        }
        var toc = Page(PdfDestinations.Read(pdfPath), ManualDocument.TocMark);
        Bookmark(pdfPath, ManualDocument.Parts(system, standards), current, toc);
    }

    private static ManualLayout Measure(string pdfPath, StandardSystem system, IReadOnlyList<Standard> standards,
        ManualLayout current)
    {
        var destinations = PdfDestinations.Read(pdfPath);
        var pages = PdfText.Pages(pdfPath);
        var parts = ManualDocument.Parts(system, standards);
        var starts = parts.Select(p => Page(destinations, p.Mark)).ToList();
        var partPages = parts.Zip(starts)
            .Where(p => p.Second > 0)
            .ToDictionary(p => p.First.Entry, p => p.Second.ToString());
        var layouts = new List<PrintLayout>();
        for (var i = 0; i < standards.Count; i++)
        {
            var standard = standards[i];
            var first = starts[i + 2];
            var end = i + 3 < starts.Count && starts[i + 3] > 0 ? starts[i + 3] - 1 : pages.Count;
            var own = first > 0 ? pages.Skip(first - 1).Take(end - first + 1).ToList() : [];
            var toc = TocPageLocator.Locate(TocEntries.From(standard), own, standard.Metadata.DisplayBodyTitle, first);
            var breaks = TableBreakLocator.Locate(destinations, current.Standards[i].TableBreaks,
                ManualDocument.StandardPrefix(i));
            layouts.Add(new PrintLayout(toc.Pages, breaks));
        }
        // The 明细表's rows are the only ones without a standard's prefix.
        var list = new PrintLayout(new Dictionary<string, string>(),
            TableBreakLocator.Locate(destinations, current.List.TableBreaks));
        return new ManualLayout(partPages, list, layouts);
    }

    /// <summary>The page of a bookmark; LibreOffice writes the "_" of a name as its code, 5F. 0 when not
    /// found.</summary>
    private static int Page(IReadOnlyDictionary<string, int> destinations, string mark) =>
        destinations.TryGetValue("5F" + mark[1..], out var page) || destinations.TryGetValue(mark, out page) ? page : 0;

    /// <summary>The PDF's bookmarks: the master 目次, then one per part it lists, at the part's first page.</summary>
    private static void Bookmark(string pdfPath, IReadOnlyList<ManualPart> parts, ManualLayout layout, int tocPage)
    {
        using var document = PdfReader.Open(pdfPath, PdfDocumentOpenMode.Modify);
        document.Outlines.Clear();
        if (tocPage > 0) document.Outlines.Add(Headings.Toc.Replace("\u3000", ""), document.Pages[tocPage - 1], true);
        foreach (var part in parts)
            if (layout.PartPages.TryGetValue(part.Entry, out var page) && int.Parse(page) <= document.PageCount)
                document.Outlines.Add(part.Entry, document.Pages[int.Parse(page) - 1], true);
        document.Save(pdfPath);
    }
}

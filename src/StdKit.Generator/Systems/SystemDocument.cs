using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using StdKit.Generator.Docx.Layout;
using StdKit.Generator.Docx.Styles;
using StdKit.Generator.Docx.Writers;
using Clause = StdKit.Model.Body.Clause;

namespace StdKit.Generator.Systems;

/// <summary>
/// A document of the standards system itself (结构图, 明细表, 统计表, 编制说明) in the layout of the standards: A4, the
/// same styles, odd/even headers with the system's name, page numbers; written to a temporary file, then moved.
/// </summary>
public static class SystemDocument
{
    /// <param name="landscape">Turned pages, for documents that are one wide table.</param>
    public static void Write(string path, string header, string title, Action<DocumentBuilder> body,
        bool landscape = false) =>
        AtomicFile.Write(path, temp =>
        {
            using var document =
                WordprocessingDocument.Create(temp, DocumentFormat.OpenXml.WordprocessingDocumentType.Document);
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body());
            main.AddNewPart<StyleDefinitionsPart>().Styles = StyleSheet.Build();
            main.AddNewPart<DocumentSettingsPart>().Settings =
                new Settings(new DefaultTabStop { Val = 420 }, new EvenAndOddHeaders());
            var headers = HeaderFooterParts.Create(main, header);
            var doc = new DocumentBuilder(main, Path.GetDirectoryName(Path.GetFullPath(path))!);
            doc.Body.Append(Part(doc, headers, title, body, landscape));
        });

    /// <summary>A 编制说明: parts and sub-parts as headings that print their titles only, then their text.</summary>
    public static void WriteNotes(string path, string header, string title, IEnumerable<Clause> parts) =>
        Write(path, header, title, doc =>
        {
            var writer = new BlockWriter(doc, numbered: false);
            foreach (var part in parts) writer.Clause(part);
        });

    /// <summary>The title and the body of a system document; returns the section that closes it.</summary>
    public static SectionProperties Part(DocumentBuilder doc, HeaderFooterParts headers, string title,
        Action<DocumentBuilder> body, bool landscape = false)
    {
        doc.Add(StyleIds.BodyTitle, title);
        body(doc);
        return PageSetup.Body(headers, landscape, doc.Volume);
    }
}

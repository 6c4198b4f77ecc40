using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using StdKit.Generator.Docx.Layout;
using StdKit.Generator.Docx.Styles;
using StdKit.Generator.Docx.Writers;

namespace StdKit.Generator.Systems;

/// <summary>
/// A document of the standards system itself (结构图, 明细表, 统计表, 编制说明) in the layout of the standards: A4, the
/// same styles, odd/even headers with the system's name, page numbers; written to a temporary file, then moved.
/// </summary>
public static class SystemDocument
{
    public static void Write(string path, string header, string title, Action<DocumentBuilder> body) =>
        AtomicFile.Write(path, temp =>
        {
            using var document = WordprocessingDocument.Create(temp, DocumentFormat.OpenXml.WordprocessingDocumentType.Document);
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body());
            main.AddNewPart<StyleDefinitionsPart>().Styles = StyleSheet.Build();
            main.AddNewPart<DocumentSettingsPart>().Settings = new Settings(new DefaultTabStop { Val = 420 }, new EvenAndOddHeaders());
            var headers = HeaderFooterParts.Create(main, header);
            var doc = new DocumentBuilder(main, Path.GetDirectoryName(Path.GetFullPath(path))!);
            doc.Body.Append(Part(doc, headers, title, body));
        });

    /// <summary>The title and the body of a system document; returns the section that closes it.</summary>
    public static SectionProperties Part(DocumentBuilder doc, HeaderFooterParts headers, string title,
        Action<DocumentBuilder> body)
    {
        doc.Add(StyleIds.BodyTitle, title);
        body(doc);
        return PageSetup.Body(headers);
    }
}

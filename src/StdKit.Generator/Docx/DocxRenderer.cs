using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using StdKit.Generator.Composition;
using StdKit.Generator.Docx.Layout;
using StdKit.Generator.Docx.Styles;
using StdKit.Generator.Docx.Writers;
using StdKit.Model.Body;
using StdKit.Model.Documents;
using StdKit.Model.Wording;

namespace StdKit.Generator.Docx;

/// <summary>
/// Writes one standard as a .docx in the GB/T 1.1-2020 layout: cover; 目次, 前言 and 引言 numbered I, II …; the body
/// from an odd page numbered 1, 2 …; annexes, 参考文献 and the end line. The file appears only when complete.
/// </summary>
public static class DocxRenderer
{
    /// <param name="layout">
    /// What a layout pass measured — the 目次 page labels and where tables cross pages — or null before any.
    /// </param>
    public static void Render(Standard standard, string outputPath, PrintLayout? layout = null) =>
        AtomicFile.Write(outputPath, temp =>
        {
            using var document = WordprocessingDocument.Create(temp, WordprocessingDocumentType.Document);
            Build(document, standard, layout);
        });

    private static void Build(WordprocessingDocument document, Standard standard, PrintLayout? layout)
    {
        var main = document.AddMainDocumentPart();
        main.Document = new Document(new Body());
        main.AddNewPart<StyleDefinitionsPart>().Styles = StyleSheet.Build();
        main.AddNewPart<DocumentSettingsPart>().Settings =
            Settings(updateFields: layout is not { TocPages.Count: > 0 });
        var doc = new DocumentBuilder(main, Path.GetDirectoryName(Path.GetFullPath(standard.SourcePath))!);
        doc.Body.Append(Write(doc, standard, layout));
    }

    /// <summary>
    /// Writes the standard into a document being built — alone, or one of many in a manual — and returns the
    /// properties of its last section, the body, for the caller to close it with.
    /// </summary>
    public static SectionProperties Write(DocumentBuilder doc, Standard standard, PrintLayout? layout)
    {
        var tocPages = layout is { TocPages.Count: > 0 } ? layout.TocPages : null;
        var headers = HeaderFooterParts.Create(doc.Main, standard.Metadata.Number.ToString());
        var blocks = new BlockWriter(doc, layout: layout);
        CoverWriter.Write(doc, standard.Metadata);

        TocWriter.Write(doc, TocEntries.From(standard), tocPages);
        doc.Add(StyleIds.FrontTitle, Headings.FrontTitle(SectionKind.Preface.Title()));
        blocks.Blocks(PrefaceComposer.Compose(standard));
        if (standard.Introduction is { } introduction)
        {
            doc.Add(StyleIds.FrontTitle, Headings.FrontTitle(introduction.Title!));
            blocks.Division(introduction);
        }
        doc.EndSection(PageSetup.FrontMatter(headers, doc.Volume));

        // A line of the type area holds 29 characters of 三号 (16 pt).
        doc.Add(StyleIds.BodyTitle, Headings.TitleLines(standard.Metadata.DisplayBodyTitle, 29));
        foreach (var part in standard.Parts)
        {
            switch (part)
            {
                case Clause chapter:
                    blocks.Clause(chapter);
                    break;
                case Annex annex:
                    blocks.Annex(annex);
                    break;
                case Section { Kind: SectionKind.Bibliography } bibliography:
                    doc.Add(StyleIds.BibliographyTitle, bibliography.Title!);
                    blocks.Division(bibliography);
                    break;
            }
        }
        WriteIndex(doc, standard);
        doc.Add(StyleIds.EndLine);
        return PageSetup.Body(headers, volume: doc.Volume);
    }

    /// <summary>
    /// 索引, the last element, on a new page: keywords in pinyin order with their numbers, under their initial letters.
    /// </summary>
    private static void WriteIndex(DocumentBuilder doc, Standard standard)
    {
        if (!standard.Metadata.Index) return;
        doc.Add(StyleIds.IndexTitle, IndexEntries.Title);
        foreach (var group in IndexEntries.From(standard))
        {
            if (group.Initial.Length > 0) doc.Add(StyleIds.IndexLetter, group.Initial);
            foreach (var entry in group.Entries) doc.Add(StyleIds.IndexEntry, $"{entry.Keyword}\t{entry.Number}");
        }
    }

    private static Settings Settings(bool updateFields)
    {
        var settings = new Settings(
            new DefaultTabStop { Val = 420 },
            new EvenAndOddHeaders(),
            new CharacterSpacingControl { Val = CharacterSpacingValues.CompressPunctuation });
        // Without measured page numbers, ask Word to refresh the 目次 when the file is opened.
        if (updateFields) settings.Append(new UpdateFieldsOnOpen { Val = true });
        return settings;
    }
}

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using StdKit.Generator.Docx.Styles;
using StdKit.Model.Wording;

namespace StdKit.Generator.Docx.Writers;

/// <summary>
/// The 目次: real entries, never an empty field, inside a TOC field that Word and LibreOffice can update.
/// Page numbers are filled in when known (after a LibreOffice layout pass); otherwise the field asks to be updated.
/// </summary>
public static class TocWriter
{
    /// <summary>Built from heading styles 1–2 and paragraphs with outline levels (前言, 附录, 参考文献).</summary>
    public const string Instruction = " TOC \\o \"1-2\" \\h \\z \\u ";

    public static void Write(DocumentBuilder doc, IReadOnlyList<TocEntry> entries,
        IReadOnlyDictionary<string, string>? pages)
    {
        doc.Add(StyleIds.TocTitle, Headings.Toc);
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var runs = new List<OpenXmlElement>();
            if (i == 0)
            {
                runs.Add(new Run(new FieldChar { FieldCharType = FieldCharValues.Begin, Dirty = pages is null }));
                runs.Add(new Run(new FieldCode(Instruction) { Space = SpaceProcessingModeValues.Preserve }));
                runs.Add(new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }));
            }
            var page = pages?.GetValueOrDefault(entry.Text);
            runs.AddRange(DocumentBuilder.Text(page is null ? entry.Text : $"{entry.Text}\t{page}"));
            if (i == entries.Count - 1) runs.Add(new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
            doc.Add(entry.Level == 1 ? StyleIds.Toc1 : StyleIds.Toc2, runs);
        }
    }
}

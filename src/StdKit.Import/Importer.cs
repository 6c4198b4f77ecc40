using StdKit.Model.Text;
using DocumentFormat.OpenXml.Packaging;
using StdKit.Import.Output;
using StdKit.Import.Recognition;
using StdKit.Import.Sources;
using StdKit.Import.Word;

namespace StdKit.Import;

/// <summary>A file the import produces beside the content file (an extracted image).</summary>
/// <param name="Path">Relative to the content file, with "/".</param>
public sealed record ImportedFile(string Path, byte[] Bytes);

/// <summary>The content file (Markdown with YAML front matter), its images and the report.</summary>
public sealed record ImportResult(string Content, IReadOnlyList<ImportedFile> Files, ImportReport Report);

/// <summary>
/// Imports a standard from a Word file (.docx) or from text extracted from one (.txt): read the source blocks,
/// recognise each, assemble the content file. Nothing is written here; a user mistake is a UserError.
/// </summary>
public static class Importer
{
    /// <param name="source">The file, as the user named it (messages quote it).</param>
    /// <param name="figuresFolder">The folder of extracted images, relative to the content file.</param>
    /// <param name="stem">The name the images are given, usually the content file's name.</param>
    public static ImportResult Import(string source, string figuresFolder = "figures", string? stem = null)
    {
        var blocks = Read(source);
        var units = Classifier.Classify(blocks);
        if (!units.Any(u => u.Kind is UnitKind.Heading or UnitKind.UntitledClause or UnitKind.TermName))
            InputCheck.Fail(source, "no structure found: no chapter or clause headings",
                "give the headings Word heading styles (标题 1/2/3 or 标准文件_章标题 …) "
                + "or type their numbers (\"4.1 总则\"), then import again");
        var report = new ImportReport();
        var figures = new Figures(figuresFolder.Replace('\\', '/').TrimEnd('/'),
            stem ?? Path.GetFileNameWithoutExtension(source));
        var content = Assembler.Assemble(units, Path.GetFileName(source), report, figures);
        Account(blocks, report, Path.GetFileName(source));
        var files = figures.Files.Select(f => new ImportedFile(f.Relative, f.Bytes)).ToList();
        return new ImportResult(content, files, report);
    }

    internal static IReadOnlyList<SourceBlock> Read(string source)
    {
        if (InputCheck.Check(source) == InputCheck.Format.Text)
            return Text.TextReader.Read(TextHygiene.Scrub(File.ReadAllText(source)));
        try
        {
            using var document = WordprocessingDocument.Open(source, isEditable: false);
            if (document.MainDocumentPart?.Document?.Body is null)
                InputCheck.Fail(source, "the Word file has no document body",
                    "open it in Word or WPS and save it again as .docx");
            return WordReader.Read(document);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException
                                      or FileFormatException)
        {
            InputCheck.Fail(source, $"the Word file is damaged ({e.Message.TrimEnd('.')})",
                "open it in Word or WPS (which may repair it) and save it again as .docx");
            return [];
        }
    }

    /// <summary>Every source paragraph with text either went into the content file or is in the report.</summary>
    private static void Account(IReadOnlyList<SourceBlock> blocks, ImportReport report, string file)
    {
        var reported = report.Entries.Select(e => e.Location).ToHashSet();
        foreach (var block in blocks)
        {
            var text = block is SourceParagraph p ? p.Text.Trim() : block is SourceTable t
                ? string.Join(" ", t.Texts) : "";
            if (text.Length == 0 || report.Imported.Contains(block.Index)
                || reported.Contains($"{file}:{block.Index}")) continue;
            report.Add(ReportKind.Unplaced, $"{file}:{block.Index}", "未放入正文", text);
        }
    }
}

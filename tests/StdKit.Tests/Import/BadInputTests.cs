using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using StdKit.Tests.Support;

namespace StdKit.Tests.Import;

/// <summary>
/// Files that cannot be imported: `stdkit import` says what is wrong and what to do, as "file:line: what — fix",
/// exits with 2 and writes nothing.
/// </summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Legacy_doc_is_refused_with_how_to_save_it_as_docx() =>
        AssertRefused(Compound("WordDocument"), "a.doc", "legacy Word 97-2003", "save it as .docx");

    [Fact]
    public void Password_protected_file_is_refused() =>
        AssertRefused(Compound("EncryptionInfo"), "locked.docx", "protected by a password", "remove the password");

    [Fact]
    public void Odt_is_refused() =>
        AssertRefused(Zip(("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<x/>")), "a.odt",
            "OpenDocument", "save it as .docx");

    [Fact]
    public void Zip_that_is_not_a_word_file_is_refused() =>
        AssertRefused(Zip(("readme.txt", "hello")), "a.docx", "not a Word document", "extract it first");

    [Fact]
    public void Corrupt_docx_is_refused()
    {
        var bytes = Zip(("word/document.xml", new string('x', 4000)), ("[Content_Types].xml", "<Types/>"));
        bytes.AsSpan(bytes.Length / 2, 64).Fill(0xFF);
        AssertRefused(bytes, "broken.docx", "damaged", "save it again as .docx");
    }

    [Fact]
    public void Word_file_without_structure_is_refused()
    {
        var path = folder.File("plain.docx");
        using (var document = WordprocessingDocument.Create(path,
            DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(
                new Paragraph(new Run(new Text("这是一段没有任何结构的文字，没有标题，也没有编号。"))),
                new Paragraph(new Run(new Text("第二段文字同样如此，只是普通的叙述。")))));
        }
        AssertRefused(File.ReadAllBytes(path), "plain.docx", "no structure found", "heading styles");
    }

    [Fact]
    public void Oversized_file_is_refused_before_it_is_read()
    {
        var path = folder.File("huge.docx");
        using (var stream = File.Create(path)) stream.SetLength(201L * 1024 * 1024);
        AssertRefused(null, "huge.docx", "more than the 100 MB", "compress large images");
    }

    private void AssertRefused(byte[]? bytes, string name, string what, string fix)
    {
        var path = folder.File(name);
        if (bytes is not null) File.WriteAllBytes(path, bytes);
        var result = StdKitProcess.Run(folder.Path, "import", name, "-o", "out.md");
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"{name}:1: ", result.Error);
        Assert.Contains(what, result.Error);
        Assert.Contains(" — ", result.Error);
        Assert.Contains(fix, result.Error);
        Assert.DoesNotContain("   at ", result.Error);
        Assert.Equal([name], Directory.EnumerateFileSystemEntries(folder.Path).Select(Path.GetFileName));
    }

    /// <summary>An OLE compound file header with a stream name, as legacy .doc and encrypted .docx files
    /// have.</summary>
    private static byte[] Compound(string streamName)
    {
        var bytes = new byte[4096];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(bytes, 0);
        Encoding.Unicode.GetBytes(streamName).CopyTo(bytes, 1024);
        return bytes;
    }

    private static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create))
            foreach (var (entryName, text) in entries)
                using (var writer = new StreamWriter(zip.CreateEntry(entryName).Open())) writer.Write(text);
        return memory.ToArray();
    }
}

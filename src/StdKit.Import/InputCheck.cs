using System.IO.Compression;
using System.Text;
using StdKit.Model.Diagnostics;

namespace StdKit.Import;

/// <summary>
/// Tells what kind of file the user gave before anything is parsed, so that a legacy .doc, an .odt, a
/// password-protected
/// or damaged file, or a zip that is not a Word document gets a message saying what to do, not a stack trace.
/// </summary>
internal static class InputCheck
{
    /// <summary>Larger files are refused: a standard with its figures is a few MB; this is something else.</summary>
    public const long MaxBytes = 100L * 1024 * 1024;

    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] Compound = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public enum Format { Word, Text }

    public static Format Check(string path)
    {
        if (!File.Exists(path)) Fail(path, "file not found", "check the path and the file name");
        var length = new FileInfo(path).Length;
        if (length > MaxBytes)
            Fail(path, $"the file is {length / (1024 * 1024)} MB, more than the {MaxBytes / (1024 * 1024)} MB "
                + "StdKit imports",
                "remove or compress large images in Word (文件 → 压缩图片) and save again, or split the document");
        var head = new byte[8];
        using (var stream = File.OpenRead(path)) _ = stream.Read(head, 0, head.Length);
        if (head.AsSpan().StartsWith(Compound))
        {
            if (ContainsUtf16(path, "EncryptionInfo"))
                Fail(path, "the Word file is protected by a password",
                    "open it in Word or WPS, remove the password (文件 → 信息 → 保护文档) and save it as .docx");
            Fail(path, "this is a legacy Word 97-2003 file (.doc), which StdKit cannot read",
                "open it in Word or WPS and save it as .docx (另存为 → Word 文档)");
        }
        if (head.AsSpan().StartsWith(Zip)) return CheckPackage(path);
        if (Path.GetExtension(path).ToLowerInvariant() is ".docx" or ".docm" or ".dotx" or ".doc" or ".odt" or ".wps")
            Fail(path, "the file is not a Word document (it is neither .docx nor a legacy .doc)",
                "open it in Word or WPS and save it as .docx");
        try
        {
            _ = new UTF8Encoding(false, true).GetString(File.ReadAllBytes(path));
        }
        catch (DecoderFallbackException)
        {
            Fail(path, "the text file is not UTF-8", "save it as UTF-8 (记事本：另存为 → 编码 UTF-8), or import the .docx");
        }
        return Format.Text;
    }

    private static Format CheckPackage(string path)
    {
        try
        {
            using var zip = ZipFile.OpenRead(path);
            if (zip.GetEntry("mimetype") is { } mime)
            {
                using var reader = new StreamReader(mime.Open());
                if (reader.ReadToEnd().Contains("opendocument"))
                    Fail(path, "this is an OpenDocument file (.odt), not a Word file",
                        "open it in LibreOffice or WPS and save it as .docx (另存为 → Word 2007-365)");
            }
            if (zip.GetEntry("word/document.xml") is null)
                Fail(path, "this zip archive is not a Word document (it has no word/document.xml)",
                    "import the .docx itself; if it is inside this archive, extract it first");
            foreach (var entry in zip.Entries) using (entry.Open()) { }
        }
        catch (InvalidDataException)
        {
            Fail(path, "the file is damaged: it cannot be read as a .docx",
                "open it in Word or WPS (which may repair it) and save it again as .docx");
        }
        return Format.Word;
    }

    private static bool ContainsUtf16(string path, string marker)
    {
        var needle = Encoding.Unicode.GetBytes(marker);
        var bytes = File.ReadAllBytes(path);
        return bytes.AsSpan().IndexOf(needle) >= 0;
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    public static void Fail(string path, string message, string fix) =>
        throw new UserError(new SourceLocation(path, 1), message, fix);
}

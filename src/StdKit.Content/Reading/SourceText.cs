using System.Text;
using StdKit.Model.Diagnostics;
using StdKit.Model.Text;

namespace StdKit.Content.Reading;

/// <summary>
/// Reads a content file as strict UTF-8, cleaned by the rule of <see cref="TextHygiene"/>, so every later line number
/// is right and every character writable.
/// </summary>
public static class SourceText
{
    private static readonly UTF8Encoding StrictUtf8 =
        new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Read(string path)
    {
        if (!File.Exists(path))
            throw new UserError(SourceLocation.Whole(path), "no such file", "check the path");
        return Decode(File.ReadAllBytes(path), path);
    }

    public static string Decode(byte[] bytes, string path)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var offset = Math.Clamp(e.Index, 0, bytes.Length);
            var line = 1 + bytes.AsSpan(0, offset).Count((byte)'\n');
            var bad = offset < bytes.Length ? $" (byte 0x{bytes[offset]:X2})" : "";
            throw new UserError(new SourceLocation(path, line), $"the file is not UTF-8{bad}",
                "save it as UTF-8 (in Word or WPS: 另存为 → 纯文本 → UTF-8; " +
                "GBK files can be converted with iconv -f GBK -t UTF-8)");
        }
        return TextHygiene.Clean(text, path);
    }
}

using System.IO.Compression;

namespace StdKit.Import.Output;

/// <summary>
/// The picture put where a figure's title has no image (extracted text has none): a framed, crossed-out box that
/// reads as "picture missing" on screen and on paper, until the drafter puts the real one in its place.
/// </summary>
internal static class PlaceholderImage
{
    private const int Width = 600, Height = 360, Frame = 3;
    private const byte Ink = 0x80, Cross = 0xC8, Paper = 0xFF;

    public static byte[] Png { get; } = Encode();

    private static byte[] Encode()
    {
        var pixels = new byte[Height * (Width + 1)];
        for (var y = 0; y < Height; y++)
        {
            pixels[y * (Width + 1)] = 0; // filter: none
            var diagonal = y * (Width - 1) / (Height - 1);
            for (var x = 0; x < Width; x++)
            {
                var edge = x < Frame || y < Frame || x >= Width - Frame || y >= Height - Frame;
                var crossed = Math.Abs(x - diagonal) <= 1 || Math.Abs(Width - 1 - x - diagonal) <= 1;
                pixels[y * (Width + 1) + 1 + x] = edge ? Ink : crossed ? Cross : Paper;
            }
        }
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        // 8-bit grey, deflate, no filter, no interlace.
        Chunk(png, "IHDR", [.. BigEndian(Width), .. BigEndian(Height), 8, 0, 0, 0, 0]);
        using (var data = new MemoryStream())
        {
            using (var z = new ZLibStream(data, CompressionLevel.Optimal, leaveOpen: true)) z.Write(pixels);
            Chunk(png, "IDAT", data.ToArray());
        }
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        byte[] typed = [.. type.Select(c => (byte)c), .. data];
        png.Write(BigEndian(data.Length));
        png.Write(typed);
        png.Write(BigEndian((int)Crc(typed)));
    }

    private static byte[] BigEndian(int value) =>
        [(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value];

    private static uint Crc(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        return ~crc;
    }
}

using StdKit.Import.Sources;

namespace StdKit.Import.Output;

/// <summary>The images of an import, named after the content file, written only when the whole import
/// succeeds.</summary>
/// <param name="folder">The figures folder as the content file refers to it (relative, with "/").</param>
internal sealed class Figures(string folder, string stem)
{
    private readonly List<(string Relative, byte[] Bytes)> files = [];

    public IReadOnlyList<(string Relative, byte[] Bytes)> Files => files;

    /// <summary>Keeps the image and returns the path the content file uses for it.</summary>
    public string Add(SourceImage image) => Add(image.Bytes, image.Extension.ToLowerInvariant());

    /// <summary>A placeholder picture for a figure whose image the source does not hold.</summary>
    public string AddPlaceholder() => Add(PlaceholderImage.Png, ".png");

    private string Add(byte[] bytes, string extension)
    {
        var relative = $"{folder}/{stem}-figure-{files.Count + 1}{extension}";
        files.Add((relative, bytes));
        return relative;
    }
}

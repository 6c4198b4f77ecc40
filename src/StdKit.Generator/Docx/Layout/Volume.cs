namespace StdKit.Generator.Docx.Layout;

/// <summary>
/// A 标准汇编 the pages are bound in. As a published compilation does, its pages carry one run of numbers through the
/// whole volume (汇编页码) in place of each standard's own I, II … and 1, 2 …, on every page after the volume's own
/// cover — the standards' covers too, which print the number alone — so that the master 目次 and each standard's own
/// 目次 cite the number a reader finds on the page.
/// </summary>
/// <param name="covers">An empty header and a footer with the page number, for the standards' covers.</param>
public sealed class Volume(HeaderFooterParts covers)
{
    public HeaderFooterParts Covers { get; } = covers;
}

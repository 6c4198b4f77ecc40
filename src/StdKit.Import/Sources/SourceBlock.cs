namespace StdKit.Import.Sources;

/// <summary>
/// One block of the source document as read, before any recognition: a paragraph, a table or an image. Word files
/// and extracted text both become a sequence of these, so one recogniser serves both.
/// </summary>
/// <param name="Index">Where the block is in the source: the paragraph number in a Word file, the line in a
/// text.</param>
internal abstract record SourceBlock(int Index);

/// <param name="Style">The style name as Word shows it, or null.</param>
/// <param name="StyleId">The style id (StdKit's own files are recognised by their ids).</param>
/// <param name="NumberLabel">The label Word generates through numbering.xml ("4.3.1", "a)", "注："), or null.</param>
/// <param name="InTable">True for a paragraph of a layout table (the cover), flattened into the sequence.</param>
internal sealed record SourceParagraph(int Index, string Text, string? Style, string? NumberLabel, bool InTable = false,
    string? StyleId = null)
    : SourceBlock(Index);

/// <param name="HeaderRows">Rows marked as repeated header rows; at least the first row is taken as a header.</param>
internal sealed record SourceTable(int Index, IReadOnlyList<IReadOnlyList<SourceCell>> Rows, int HeaderRows)
    : SourceBlock(Index)
{
    public IEnumerable<string> Texts =>
        Rows.SelectMany(r => r).Where(c => !c.MergedAbove && !c.MergedLeft).Select(c => c.Text);
}

/// <summary>One cell per grid column: a cell that spans columns is followed by cells merged to the left.</summary>
/// <param name="MergedAbove">The cell continues the one above (a vertical merge).</param>
/// <param name="MergedLeft">The cell is covered by the one to its left (a horizontal merge, gridSpan).</param>
internal sealed record SourceCell(string Text, bool MergedAbove, bool MergedLeft = false);

/// <summary>An image of the document body, with its bytes and the extension of its format.</summary>
internal sealed record SourceImage(int Index, byte[] Bytes, string Extension) : SourceBlock(Index);

using StdKit.Import.Sources;

namespace StdKit.Import.Word;

/// <summary>A table of a Word file as text: rows of cells, a cell merged with the one above left empty.</summary>
/// <param name="Index">Where the table is among the blocks of the document (1-based).</param>
public sealed record WordTable(int Index, IReadOnlyList<IReadOnlyList<string>> Rows);

/// <summary>
/// The tables of a .docx, read by the importer's Word reader with its checks (legacy .doc, damaged or protected
/// files are refused with a message): what a returned form is read from.
/// </summary>
public static class WordTables
{
    public static IReadOnlyList<WordTable> Read(string path) =>
        Importer.Read(path).OfType<SourceTable>()
            .Select(t => new WordTable(t.Index, t.Rows
                .Select(r => (IReadOnlyList<string>)r.Select(c => c.MergedAbove ? "" : c.Text.Trim()).ToList())
                .ToList()))
            .ToList();
}

namespace StdKit.Model.Body;

/// <summary>
/// One method per block kind. Every consumer of blocks — numbering, the Word writer, the outline, the checker's text
/// units, the knowledge base records, the HTML writer — goes through it, so a new kind of block does not compile
/// until each of them says what to do with it.
/// </summary>
public interface IBlockVisitor
{
    void Paragraph(Paragraph paragraph);
    void Note(Note note);
    void Example(Example example);
    void List(ListBlock list);
    void Table(Table table);
    void Figure(Figure figure);
    void Formula(Formula formula);
    void Term(TermEntry term);
    void DocumentEntry(DocumentEntry entry);
}

public static class BlockVisits
{
    /// <summary>Visits the blocks in order.</summary>
    public static void Accept(this IEnumerable<Block> blocks, IBlockVisitor visitor)
    {
        foreach (var block in blocks) block.Accept(visitor);
    }
}

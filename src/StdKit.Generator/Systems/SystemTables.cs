using StdKit.Model.Body;
using StdKit.Model.Diagnostics;

namespace StdKit.Generator.Systems;

/// <summary>Builds model tables for the system documents, so that they are laid out by the same table writer.</summary>
public static class SystemTables
{
    private static readonly SourceLocation Generated = new("", 0);

    public static Table Of(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows) =>
        new(Generated, null, null, [Row(header)], rows.Select(Row).ToList());

    /// <summary>A table without a header row: a form's label and value cells.</summary>
    public static Table Grid(IEnumerable<IReadOnlyList<string>> rows) =>
        new(Generated, null, null, [], rows.Select(Row).ToList());

    private static TableRow Row(IReadOnlyList<string> cells) =>
        new(Generated, cells.Select(c => new TableCell(InlineText.Plain(c), false)).ToList());
}

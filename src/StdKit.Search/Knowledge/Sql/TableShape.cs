namespace StdKit.Search.Knowledge.Sql;

/// <summary>A table as the filler writes it: each column beside where its value comes from.</summary>
internal sealed class TableShape<T>(string table, params (string Column, Func<T, object?> Value)[] columns)
{
    public string Table => table;

    private readonly IReadOnlyList<string> _names = columns.Select(c => c.Column).ToList();

    public TableRows Rows(IEnumerable<T> items) =>
        new(table, _names, items.Select(item => Array.ConvertAll(columns, c => c.Value(item))));
}

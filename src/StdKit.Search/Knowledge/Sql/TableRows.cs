namespace StdKit.Search.Knowledge.Sql;

/// <summary>
/// New rows of one table, in the order their ids are to rise: for each row the values of <see cref="Columns"/>, each
/// a string, a long, an int or null. The filler decides what the rows are; the store how to write them.
/// </summary>
internal sealed record TableRows(string Table, IReadOnlyList<string> Columns, IEnumerable<object?[]> Rows);

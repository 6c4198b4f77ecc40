namespace StdKit.Search.Records;

/// <summary>One term entry (术语条目) as the knowledge base keeps it.</summary>
/// <param name="Source">The text inside "[来源：…]", if any.</param>
public sealed record TermRecord(
    string Number, string Term, string? EnglishTerm, string Definition, string? Source, int Line);

namespace StdKit.Search.Knowledge.Sql;

/// <summary>
/// The version of the knowledge base's tables, the same in both stores. Every row is derived from content by
/// <c>stdkit index</c>, so a knowledge base of an older version is rebuilt rather than migrated step by step: nothing
/// in it is lost that content lacks.
/// </summary>
internal static class KnowledgeBaseSchema
{
    /// <summary>Raise when a table or column changes, or what the records of a standard hold (3: figure notes);
    /// older knowledge bases are then rebuilt.</summary>
    public const int Version = 3;

    public static SchemaState Compare(long recorded) =>
        recorded == Version ? SchemaState.Current : recorded < Version ? SchemaState.Older : SchemaState.Newer;
}

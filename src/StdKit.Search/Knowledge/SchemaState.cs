namespace StdKit.Search.Knowledge;

/// <summary>What a knowledge base (file or database) holds, by the version its schema_version table records.</summary>
public enum SchemaState
{
    /// <summary>An empty file or a new one: the schema is to be created.</summary>
    Empty,
    Current,
    /// <summary>Written by an earlier StdKit: rebuilt from content, which is where every row comes from.</summary>
    Older,
    /// <summary>Written by a later StdKit: left alone.</summary>
    Newer,
    /// <summary>A database of something else: left alone.</summary>
    Foreign,
}

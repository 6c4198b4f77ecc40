using StdKit.Search.Knowledge;

namespace StdKit.Web;

/// <summary>What the workbench serves: the knowledge base and the content tree its standards are read from.</summary>
/// <param name="Database">The knowledge base (an SQLite file or PostgreSQL) and the folder of its search index.</param>
/// <param name="Content">The content tree (the folder holding stdkit.yaml).</param>
public sealed record WorkbenchOptions(KnowledgeBaseLocation Database, string Content);

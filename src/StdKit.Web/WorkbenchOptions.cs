namespace StdKit.Web;

/// <summary>What the workbench serves: the knowledge base file and the content tree its standards are read
/// from.</summary>
/// <param name="Database">The SQLite knowledge base; its search index is the folder beside it.</param>
/// <param name="Content">The content tree (the folder holding stdkit.yaml).</param>
public sealed record WorkbenchOptions(string Database, string Content);

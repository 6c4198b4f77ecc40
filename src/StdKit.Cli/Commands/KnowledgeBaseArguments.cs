using System.CommandLine;
using StdKit.Search.Knowledge;

namespace StdKit.Cli.Commands;

/// <summary>
/// Where the knowledge base is: <c>--db</c> a file (SQLite, the default) or a PostgreSQL connection string, and
/// <c>--index</c> the folder of its search index, read together as one <see cref="KnowledgeBaseLocation"/>.
/// </summary>
public sealed class KnowledgeBaseArguments
{
    public Option<string> Database { get; } = new("--db")
    {
        Description = "知识库：文件（默认 out/kb/stdkit.db，SQLite）或 PostgreSQL 连接字符串（如 \"Host=localhost;Database=stdkit;"
            + "Username=stdkit\"）",
        DefaultValueFactory = _ => KnowledgeBaseOptions.DefaultDatabase,
    };

    public Option<string?> Index { get; } = new("--index")
    {
        Description = "搜索索引文件夹（默认：SQLite 文件旁同名的 .index 文件夹；PostgreSQL 为 out/kb/ 下以主机和数据库命名的文件夹）",
    };

    /// <summary>
    /// Read inside the command's run, so that a malformed connection string is reported as the user's mistake.
    /// </summary>
    public KnowledgeBaseLocation Location(ParseResult result) =>
        KnowledgeBaseLocation.Parse(result.GetValue(Database)!, result.GetValue(Index));
}

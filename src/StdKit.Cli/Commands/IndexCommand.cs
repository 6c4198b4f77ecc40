using System.CommandLine;
using StdKit.Indexing;

namespace StdKit.Cli.Commands;

/// <summary><c>stdkit index</c>: fills the knowledge base and the search index from a content tree.</summary>
public static class IndexCommand
{
    public static Command Create()
    {
        var content = new Argument<string?>("content")
        {
            Description = "内容目录（默认为当前目录所在的内容目录，如 content）",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var agency = new Option<string[]>("--agency")
        {
            Description = "同时收录这些机构的标准体系（agencies/ 中的名称，可重复；all 为全部机构；默认为 stdkit.yaml 的默认机构）",
            Arity = ArgumentArity.OneOrMore,
        };
        var database = KnowledgeBaseOptions.Database();
        var command = new Command("index", "把内容中的标准收录进知识库（SQLite 文件或 PostgreSQL）并更新搜索索引；未改动的标准跳过")
        {
            content, agency, database.Database, database.Index,
        };
        command.SetAction(result => CommandRunner.Run(() =>
        {
            var named = result.GetValue(agency) ?? [];
            AgencySelection selection = named.Length == 0 ? new AgencySelection.Default()
                : named.Contains("all") ? new AgencySelection.All() : new AgencySelection.Named(named);
            var db = database.Location(result);
            var tree = result.GetValue(content) ?? KnowledgeBaseOptions.DefaultContent;
            var fill = ContentIndexer.Index(tree, db, selection, KnowledgeBaseOptions.Notify);
            Console.WriteLine($"知识库 {db}：新增 {fill.Added} 个标准，更新 {fill.Changed} 个，" +
                $"未变 {fill.Unchanged} 个，删除 {fill.Removed} 个");
            return 0;
        }));
        return command;
    }
}

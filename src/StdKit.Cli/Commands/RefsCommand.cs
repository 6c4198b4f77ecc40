using System.CommandLine;
using System.Text.Json;
using StdKit.Search.References;
using StdKit.Search.Records;

namespace StdKit.Cli.Commands;

/// <summary><c>stdkit refs</c>: where a document or a clause of it is cited, and what it cites, clause by
/// clause.</summary>
public static class RefsCommand
{
    public static Command Create()
    {
        var target = new Argument<string?>("document")
        {
            Description = "文件编号（GB/T 19001—2016），或 文件编号:条号（GB/T 19001—2016:7.5）",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var json = KnowledgeBaseOptions.JsonOutput();
        var database = KnowledgeBaseOptions.Database();
        var command = new Command("refs", "列出一个文件或条款在哪些条款中被引用（引入），以及它引用了什么（引出）")
        {
            target, json, database.Database, database.Index,
        };
        command.SetAction(result => CommandRunner.Run(() =>
        {
            using var kb = KnowledgeBaseOptions.Open(database.Location(result));
            var report = ReferenceLookup.Find(kb, result.GetValue(target));
            if (result.GetValue(json))
                Console.WriteLine(JsonSerializer.Serialize(ToJson(report), KnowledgeBaseOptions.Json));
            else Print(report);
            return 0;
        }));
        return command;
    }

    private static void Print(ReferenceReport report)
    {
        Console.WriteLine($"{report.Document}{(report.Title is null ? "" : " " + report.Title)}" +
            $"{(report.Clause is null ? "" : $"：{report.Clause}")}");
        Console.WriteLine($"被引用（{report.Incoming.Count} 处）：");
        foreach (var standard in report.Incoming.GroupBy(r => (r.Standard, r.StandardTitle, r.Agency)))
        {
            Console.WriteLine($"  {standard.Key.Standard} {standard.Key.StandardTitle}" +
                $"{(standard.Key.Agency is null ? "" : $"（{standard.Key.Agency}）")}");
            foreach (var r in standard)
                Console.WriteLine($"    {r.Clause}{(r.Target is null ? "" : $" → {r.Target}")}：{r.Text}");
        }
        if (!report.InKnowledgeBase)
        {
            Console.WriteLine("引用：不在知识库中，无从得知");
            return;
        }
        Console.WriteLine($"引用（{report.Outgoing.Count} 处）：");
        foreach (var clause in report.Outgoing.GroupBy(r => (r.Standard, r.Clause, r.Title)))
        {
            var targets = clause.Select(r => r.Document == report.Document || r.Document == clause.Key.Standard
                ? $"本文件 {r.Target}" : $"{r.Document}{(r.Target is null ? "" : " " + r.Target)}");
            Console.WriteLine($"  {clause.Key.Clause}{(clause.Key.Title is null ? "" : " " + clause.Key.Title)}" +
                $" → {string.Join("、", targets)}");
        }
    }

    private static object ToJson(ReferenceReport report) => new
    {
        document = report.Document,
        title = report.Title,
        clause = report.Clause,
        inKnowledgeBase = report.InKnowledgeBase,
        incoming = report.Incoming.Select(r => new
        {
            standard = r.Standard, standardTitle = r.StandardTitle, agency = r.Agency, clause = r.Clause,
            title = r.Title, kind = r.Kind.Id(), text = r.Text, document = r.Document, target = r.Target,
        }),
        outgoing = report.Outgoing.Select(r => new
        {
            standard = r.Standard, clause = r.Clause, title = r.Title, document = r.Document,
            documentTitle = r.DocumentTitle, kind = r.Kind.ToString().ToLowerInvariant(), target = r.Target,
        }),
    };
}

using System.CommandLine;
using System.Text.Json;
using StdKit.Search;
using StdKit.Search.Highlighting;
using StdKit.Search.Index;
using StdKit.Search.Records;

namespace StdKit.Cli.Commands;

/// <summary><c>stdkit search</c>: the clauses of every indexed standard that match a query, with their provision
/// type.</summary>
public static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string[]>("query")
        {
            Description = "要找的内容：词语、\"带引号的短语\"、文件编号（GB/T 19001—2016）或条号（4.3）",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var layer = new Option<string?>("--layer") { Description = "只找这一层的标准（服务基础、服务实施、服务保障、岗位工作）" };
        var standard = new Option<string?>("--standard") { Description = "只找这个标准（文件编号）" };
        var agency = new Option<string?>("--agency") { Description = "只找这个机构的标准体系（agencies/ 中的名称）" };
        var provision = new Option<string?>("--provision")
        {
            Description = "只找这一类条款：requirement（要求）、recommendation（推荐）、permission（允许）、" +
                "possibility（可能性和能力）、statement（陈述）",
        };
        provision.AcceptOnlyFromAmong([.. Vocabulary.ProvisionIds]);
        var top = new Option<int>("--top") { Description = "最多显示多少条（默认 10）", DefaultValueFactory = _ => 10 };
        var json = KnowledgeBaseOptions.JsonOutput();
        var database = KnowledgeBaseOptions.Database();
        var command = new Command("search", "在知识库的全部条款中检索，标出匹配之处和条款类型")
        {
            query, layer, standard, agency, provision, top, json, database.Database, database.Index,
        };
        command.SetAction(result => CommandRunner.Run(() =>
        {
            using var kb = KnowledgeBaseOptions.Open(database.Location(result));
            using var index = SearchIndex.Open(kb, KnowledgeBaseOptions.Notify);
            var request = new SearchRequest(string.Join(' ', result.GetValue(query) ?? []), result.GetValue(layer),
                result.GetValue(standard), result.GetValue(agency),
                result.GetValue(provision) is { } p ? Vocabulary.ParseProvision(p) : null, result.GetValue(top));
            var found = new ClauseSearch(kb, index).Run(request);
            if (result.GetValue(json))
                Console.WriteLine(JsonSerializer.Serialize(ToJson(found), KnowledgeBaseOptions.Json));
            else Print(found);
            return 0;
        }));
        return command;
    }

    private static void Print(SearchResult found)
    {
        var notice = found.Notice;
        if (notice.Ignored.Count > 0)
            Console.WriteLine($"（不必出现在条文中的问句用词：{string.Join("、", notice.Ignored)}" +
                $"{(notice.Requirements ? "；要求类条款排在前面" : "")}）");
        if (found.Hits.Count == 0)
        {
            Console.WriteLine(notice.Missing.Count > 0
                ? $"没有找到匹配的条款：知识库中没有“{string.Join("”“", notice.Missing)}”"
                : "没有找到匹配的条款");
            if (notice.Suggestions.Count > 0) Console.WriteLine($"知识库中相近的词：{string.Join("、", notice.Suggestions)}");
            return;
        }
        if (notice.Partial)
            Console.WriteLine($"含全部查询词的条款只有 {notice.FullMatches} 条，其后是只含部分查询词的条款"
                + (notice.Missing.Count > 0 ? $"；知识库中没有：{string.Join("、", notice.Missing)}" : ""));
        for (var i = 0; i < found.Hits.Count; i++)
        {
            var hit = found.Hits[i];
            var system = string.Join(" · ", new[] { hit.Layer, hit.Agency }.OfType<string>());
            Console.WriteLine($"{i + 1}. {hit.Standard} {hit.StandardTitle}{(system.Length > 0 ? $"（{system}）" : "")}");
            Console.WriteLine($"   {hit.Clause}{(hit.Title is null || hit.Title == hit.Text ? "" : " " + hit.Title)}" +
                $" · {hit.Kind.ChineseName()} · {hit.Provision.ChineseName()}");
            if (hit.Kind == ClauseKind.ListItem && hit.Context is { } leadIn) Console.WriteLine($"   {leadIn}");
            if (hit.Kind == ClauseKind.TableRow && hit.Context is { } header)
                Console.WriteLine($"   {header.Replace("\n", " / ")}");
            Console.WriteLine($"   {Snippet.Mark(hit.Text, hit.Highlights)}");
            if (hit.Kind == ClauseKind.Paragraph && hit.Context is { } items)
                foreach (var item in items.Split('\n')) Console.WriteLine($"     {item}");
            if (hit.AlsoIn is { Count: > 0 } also) Console.WriteLine($"   另见 {string.Join("、", also)}");
        }
        Console.WriteLine($"共 {found.TotalHits} 条匹配" +
            $"{(found.TotalHits > found.Hits.Count ? $"，显示前 {found.Hits.Count} 条" : "")}");
        Console.WriteLine(Facets("层次", found.Facets.Layers));
        Console.WriteLine(Facets("条款类型", found.Facets.Provisions));
        Console.WriteLine(Facets("标准",
            found.Facets.Standards.Take(8).Select(f => f with { Label = $"{f.Value} {f.Label}" }).ToList()));
        if (found.Facets.Agencies.Count > 0) Console.WriteLine(Facets("机构", found.Facets.Agencies));
    }

    private static string Facets(string name, IReadOnlyList<FacetCount> counts) =>
        $"{name}：{(counts.Count == 0 ? "—" : string.Join("　", counts.Select(c => $"{c.Label} {c.Count}")))}";

    private static object ToJson(SearchResult found) => new
    {
        total = found.TotalHits,
        notice = new
        {
            partial = found.Notice.Partial,
            fullMatches = found.Notice.FullMatches,
            missing = found.Notice.Missing,
            ignored = found.Notice.Ignored,
            requirementsFirst = found.Notice.Requirements,
            suggestions = found.Notice.Suggestions,
        },
        facets = new
        {
            layers = Counts(found.Facets.Layers),
            standards = Counts(found.Facets.Standards),
            agencies = Counts(found.Facets.Agencies),
            provisions = Counts(found.Facets.Provisions),
        },
        hits = found.Hits.Select(ToJson),
    };

    private static IEnumerable<object> Counts(IReadOnlyList<FacetCount> counts) =>
        counts.Select(c => new { value = c.Value, label = c.Label, count = c.Count });

    private static object ToJson(SearchHit hit) => new
    {
        standard = hit.Standard,
        standardTitle = hit.StandardTitle,
        clause = hit.Clause,
        title = hit.Title,
        text = hit.Text,
        context = hit.Context,
        provision = hit.Provision.Id(),
        kind = hit.Kind.Id(),
        layer = hit.Layer,
        agency = hit.Agency,
        alsoIn = hit.AlsoIn ?? [],
        score = hit.Score,
        highlights = hit.Highlights.Select(r => new { start = r.Start, end = r.End }),
    };
}

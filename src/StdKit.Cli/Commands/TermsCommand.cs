using System.CommandLine;
using System.Text.Json;
using StdKit.Search.Terms;

namespace StdKit.Cli.Commands;

/// <summary><c>stdkit terms</c>: a term's entries in every standard, definitions side by side, differences
/// marked.</summary>
public static class TermsCommand
{
    public static Command Create()
    {
        var word = new Argument<string?>("word")
        {
            Description = "术语或其中的字词（也可以是英文对应词）", Arity = ArgumentArity.ZeroOrOne,
        };
        var json = KnowledgeBaseOptions.JsonOutput();
        var database = KnowledgeBaseOptions.Database();
        var command = new Command("terms", "查找各标准中的术语条目，并排列出定义，标出定义不一致之处")
        {
            word, json, database.Database, database.Index,
        };
        command.SetAction(result => CommandRunner.Run(() =>
        {
            using var kb = KnowledgeBaseOptions.Open(database.Location(result));
            var groups = TermLookup.Find(kb, result.GetValue(word));
            if (result.GetValue(json))
                Console.WriteLine(JsonSerializer.Serialize(groups.Select(ToJson), KnowledgeBaseOptions.Json));
            else Print(groups);
            return 0;
        }));
        return command;
    }

    private static void Print(IReadOnlyList<TermGroup> groups)
    {
        if (groups.Count == 0) Console.WriteLine("没有找到这个术语");
        foreach (var group in groups)
        {
            var english = string.Join(" / ", group.Definitions.Select(d => d.EnglishTerm).OfType<string>().Distinct());
            var variants = group.Definitions.Max(d => d.Variant);
            Console.WriteLine($"{group.Term}{(english.Length > 0 ? "　" + english : "")}" +
                $"{(group.DefinedDifferently ? $"　≠ 定义不一致（{variants} 种）" : "")}");
            foreach (var d in group.Definitions)
            {
                var mark = group.DefinedDifferently ? $"[{d.Variant}] " : "";
                Console.WriteLine($"  {mark}{d.Standard} {d.Number}{(d.Agency is null ? "" : $"（{d.Agency}）")}" +
                    $"　{d.Definition}{(d.Source is null ? "" : $"［来源：{d.Source}］")}");
            }
        }
    }

    private static object ToJson(TermGroup group) => new
    {
        term = group.Term,
        definedDifferently = group.DefinedDifferently,
        definitions = group.Definitions.Select(d => new
        {
            standard = d.Standard,
            standardTitle = d.StandardTitle,
            agency = d.Agency,
            number = d.Number,
            englishTerm = d.EnglishTerm,
            definition = d.Definition,
            source = d.Source,
            variant = d.Variant,
        }),
    };
}

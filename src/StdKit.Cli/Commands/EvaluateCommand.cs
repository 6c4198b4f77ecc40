using System.CommandLine;
using System.Text.Json;
using StdKit.Content.Project;
using StdKit.Evaluation;
using StdKit.Evaluation.Engine;
using StdKit.Evaluation.Evidence;
using StdKit.Evaluation.Reports;
using StdKit.Evaluation.Schemes;
using StdKit.Model.Diagnostics;
using StdKit.Indexing;
using StdKit.Search;
using StdKit.Search.Knowledge;
using StdKit.Search.Index;

namespace StdKit.Cli.Commands;

/// <summary>
/// <c>stdkit evaluate</c>: an agency against the evaluation schemes — star rating, capability maturity, the review of
/// its standards system — with the evidence of its own standards, printed and written as 自评报告.docx together with
/// the satisfaction questionnaire.
/// </summary>
public static class EvaluateCommand
{
    public static Command Create()
    {
        var agency = new Option<string>("--agency") { Description = "机构（agencies/ 中的名称）", Required = true };
        var scheme = new Option<string[]>("--scheme") { Description = "只用这些评价方案（content/evaluation/ 中的 id）；默认全部",
            AllowMultipleArgumentsPerToken = true };
        var year = new Option<string?>("--year") { Description = "评价年度；默认为最近一年的自评数据" };
        var output = new Option<string>("--out") { Description = "输出文件夹", DefaultValueFactory = _ => "out" };
        var content = new Option<string>("--content") { Description = "内容文件夹", DefaultValueFactory =
            _ => KnowledgeBaseOptions.DefaultContent };
        var json = KnowledgeBaseOptions.JsonOutput();
        var database = KnowledgeBaseOptions.Database();
        var command = new Command("evaluate", "机构自评：星级评价、能力成熟度和标准体系自我评价，写出自评报告和满意度调查问卷")
        {
            agency, scheme, year, output, content, json, database.Database, database.Index,
        };
        command.SetAction(result => CommandRunner.Run(() =>
        {
            var root = ContentProject.FindRoot(result.GetValue(content)!)
                ?? throw new UserError(new SourceLocation(result.GetValue(content)!, 1), "no content tree here",
                    "run from the folder that holds content/stdkit.yaml, or give --content");
            var project = ContentProject.Load(root);
            var set = EvaluationSet.Load(root);
            var id = result.GetValue(agency)!;
            id = project.Agency(id).Id;
            var db = database.Location(result);
            IKnowledgeBase? kb = null;
            SearchIndex? index = null;
            EvaluationResult evaluation;
            try
            {
                // The knowledge base is opened only once the facts and the system have been read without a mistake.
                evaluation = new AgencyEvaluation(project, set).Run(id, result.GetValue(year), result.GetValue(scheme)
                    ?? [], () =>
                {
                    (kb, index) = OpenSearch(db, root, id);
                    return new EvidenceFinder(new ClauseSearch(kb, index).Run);
                });
            }
            finally
            {
                index?.Dispose();
                kb?.Dispose();
            }

            var folder = Path.Combine(result.GetValue(output)!, evaluation.AgencyId);
            var report = Path.Combine(folder, SelfEvaluationReport.FileName(evaluation));
            SelfEvaluationReport.Write(report, evaluation);
            var questionnaires = set.Surveys.Select(s => (Form: s, Path: Path.Combine(folder, s.Title + ".docx")))
                .ToList();
            foreach (var (form, path) in questionnaires) QuestionnaireDocument.Write(path, form, evaluation.AgencyName);

            if (result.GetValue(json)) Console.WriteLine(JsonSerializer.Serialize(EvaluationJson.Of(evaluation),
                KnowledgeBaseOptions.Json));
            else
            {
                Console.Write(TextReport.Write(evaluation));
                Console.WriteLine();
                Console.WriteLine($"自评报告 → {report}");
                foreach (var (_, path) in questionnaires) Console.WriteLine($"调查问卷 → {path}");
            }
            return 0;
        }));
        return command;
    }

    /// <summary>The knowledge base and its index, with every agency's system indexed first if this one's is
    /// missing.</summary>
    private static (IKnowledgeBase, SearchIndex) OpenSearch(KnowledgeBaseLocation db, string root,
        string agency)
    {
        using (var kb = KnowledgeBaseOptions.Open(db))
            if (kb.Agencies().Any(a => a.Id == agency)) return Open(db);
        KnowledgeBaseOptions.Notify(
            $"the knowledge base has no system of {agency}: indexing every agency of {DisplayRoot(root)} first");
        ContentIndexer.Index(root, db, new AgencySelection.All(), KnowledgeBaseOptions.Notify);
        return Open(db);
    }

    private static (IKnowledgeBase, SearchIndex) Open(KnowledgeBaseLocation db)
    {
        var kb = db.Open();
        return (kb, SearchIndex.Open(kb, KnowledgeBaseOptions.Notify));
    }

    private static string DisplayRoot(string root) => Path.GetRelativePath(Directory.GetCurrentDirectory(), root);
}

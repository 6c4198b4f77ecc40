using System.Diagnostics;
using System.Text.RegularExpressions;
using StdKit.Build;
using StdKit.Content.Project;
using StdKit.Evaluation;
using StdKit.Evaluation.Evidence;
using StdKit.Evaluation.Reports;
using StdKit.Evaluation.Schemes;
using StdKit.Indexing;
using StdKit.Search;
using StdKit.Search.Index;
using StdKit.Search.Knowledge;

namespace StdKit.Bench;

/// <summary>
/// Evaluates 100 synthetic agencies (the sample profiles and facts with new names, codes and figures) against every
/// scheme, evidence searched in the knowledge base and the 自评报告.docx written, and prints the time per agency warm —
/// planning the system, evaluating, writing the report — and, as the peer, the ratio of an evaluation with its report
/// to planning the same system as <c>stdkit build</c> does.
/// </summary>
public static class EvaluateBenchmark
{
    public static void Run(string contentDir, int agencies = 100)
    {
        var source = Path.GetFullPath(contentDir);
        var work = Directory.CreateTempSubdirectory("stdkit-eval-bench-").FullName;
        try
        {
            var content = Copy(source, work);
            var project = ContentProject.Load(content);
            var samples = Directory.EnumerateFiles(project.AgenciesFolder, "*.yaml").Order()
                .Select(p => (Id: Path.GetFileNameWithoutExtension(p), Profile: File.ReadAllText(p))).ToList();
            var random = new Random(15);
            for (var i = 0; i < agencies; i++)
            {
                var (id, profile) = samples[i % samples.Count];
                var code = Regex.Match(profile, "(?m)^short-code: (.*)$").Groups[1].Value.Trim();
                var name = $"agency{i:D3}";
                File.WriteAllText(Path.Combine(project.AgenciesFolder, name + ".yaml"),
                    Regex.Replace(Regex.Replace(profile, "(?m)^short-code: .*$", $"short-code: B{i:D3}"),
                        "(?m)^name: (.*)$", $"name: 第{i + 1}号$1"));
                var folder = Path.Combine(project.AgenciesFolder, name);
                Directory.CreateDirectory(folder);
                var facts = File.ReadAllText(Path.Combine(project.AgenciesFolder, id, "evaluation-2025.yaml"))
                    .Replace($"Q/{code} ", $"Q/B{i:D3} ");
                // Other figures for every agency: staff and enterprises served move the star level.
                facts = Regex.Replace(facts, "(?m)^  专业服务人员: .*$", $"  专业服务人员: {random.Next(5, 90)}人");
                facts = Regex.Replace(facts, "(?m)^  年服务企业数量: .*$", $"  年服务企业数量: {random.Next(20, 2000)}家");
                File.WriteAllText(Path.Combine(folder, "evaluation-2025.yaml"), facts);
                foreach (var csv in Directory.EnumerateFiles(Path.Combine(project.AgenciesFolder, id), "*.csv"))
                    File.Copy(csv, Path.Combine(folder, Path.GetFileName(csv)));
            }
            var database = KnowledgeBaseLocation.Parse(Path.Combine(work, "kb", "stdkit.db"));
            ContentIndexer.Index(content, database, new AgencySelection.Default(), _ => { });
            using var kb = database.Open();
            using var index = SearchIndex.Open(kb, _ => { });
            var search = new ClauseSearch(kb, index);
            // The synthetic systems are the sample's library with other numbers: the sample's system stands in for
            // their
            // evidence, so that the knowledge base need not hold a hundred copies.
            var evidence = new EvidenceFinder(
                request => search.Run(request with { Agency = project.DefaultAgency.Id }));
            var evaluation = new AgencyEvaluation(project, EvaluationSet.Load(content));
            var planner = new SystemPlanner(project);

            var (plan, evaluate, report) = (new List<double>(), new List<double>(), new List<double>());
            var levels = new int[6];
            for (var i = -1; i < agencies; i++)
            {
                // Round -1 warms the process up and is not counted.
                var name = $"agency{Math.Max(i, 0):D3}";
                var clock = Stopwatch.StartNew();
                var planned = planner.Plan(project.Agency(name), pdf: false);
                var planMs = clock.Elapsed.TotalMilliseconds;
                clock.Restart();
                var result = evaluation.Run(name, null, [], () => evidence, planned);
                var evaluateMs = clock.Elapsed.TotalMilliseconds;
                clock.Restart();
                SelfEvaluationReport.Write(Path.Combine(work, "out", SelfEvaluationReport.FileName(result)), result);
                var reportMs = clock.Elapsed.TotalMilliseconds;
                if (i < 0) continue;
                plan.Add(planMs);
                evaluate.Add(evaluateMs);
                report.Add(reportMs);
                levels[result.Schemes.Single(s => s.Scheme.Id == "star-rating").Level]++;
            }
            var total = plan.Zip(evaluate, (a, b) => a + b).Zip(report, (a, b) => a + b).ToList();
            Console.WriteLine($"evaluate: {agencies} agencies, warm, per agency: plan the system {Median(plan):F0} ms, evaluate with evidence "
                + $"{Median(evaluate):F0} ms, write the report {Median(report):F0} ms; all three median {Median(total):F0} ms, "
                + $"slowest {total.Max():F0} ms, {agencies / (total.Sum() / 1000):F1} agencies/s");
            Console.WriteLine($"evaluate: evaluation + report / planning the system (peer, as stdkit build plans it) = "
                + $"{(Median(evaluate) + Median(report)) / Median(plan):F2}");
            Console.WriteLine($"evaluate: star levels of the synthetic agencies (0–5): {string.Join(" ", levels)}");
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    /// <summary>The content tree and the templates beside it, copied so that synthetic agencies can be added.</summary>
    private static string Copy(string content, string work)
    {
        var repository = Path.GetDirectoryName(content)!;
        foreach (var folder in new[] { content, Path.Combine(repository, "templates") }.Where(Directory.Exists))
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(work, Path.GetRelativePath(repository, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        return Path.Combine(work, Path.GetFileName(content));
    }
}

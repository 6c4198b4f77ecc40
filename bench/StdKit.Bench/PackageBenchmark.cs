using System.Diagnostics;
using System.Text;
using StdKit.Build.Committee;
using StdKit.Build.Committee.Changes;
using StdKit.Content;
using StdKit.Model.Documents;

namespace StdKit.Bench;

/// <summary>
/// The committee's stage package: the sample drafting group packaged at its 送审稿 (without PDF), and the clause-by-clause
/// comparison of synthetic standards of 100 to 2,000 clauses with a tenth of them changed, next to a line diff
/// (git diff --no-index) of the same two files as the peer.
/// </summary>
public static class PackageBenchmark
{
    public static void Run(string contentDir)
    {
        var committee = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(contentDir))!, "committees",
            "t-gdcma-integrity-service");
        var output = Directory.CreateTempSubdirectory("stdkit-package-bench-").FullName;
        try
        {
            foreach (var run in new[] { "cold, with JIT", "warm" })
            {
                var watch = Stopwatch.StartNew();
                var package = new StagePackage(CommitteeFolder.Read(committee), Model.Metadata.DraftStage.ReviewDraft,
                    []);
                var read = watch.Elapsed;
                package.Write(Path.Combine(output, "送审稿"), pdf: false);
                Console.WriteLine($"package sample 送审稿 ({run}): {package.Comments.Count} comments, " +
                    $"{package.Changes!.Count} clauses compared; read and check {read.TotalMilliseconds:F0} ms, " +
                    $"total {watch.Elapsed.TotalMilliseconds:F0} ms");
            }
            foreach (var clauses in new[] { 100, 500, 2000 })
            {
                var (older, newer) = (Path.Combine(output, "old.md"), Path.Combine(output, "new.md"));
                File.WriteAllText(older, Synthetic(clauses, changed: false));
                File.WriteAllText(newer, Synthetic(clauses, changed: true));
                var a = StandardReader.Read(older, Catalogue.Empty, null);
                var b = StandardReader.Read(newer, Catalogue.Empty, null);
                StageComparison.Compare(a, b);
                var watch = Stopwatch.StartNew();
                var changes = StageComparison.Compare(a, b);
                var ours = watch.Elapsed;
                watch.Restart();
                GitDiff(older, newer);
                var peer = watch.Elapsed;
                var changed = changes.Count(c => c.Kind != Model.Committee.ChangeKind.Unchanged);
                Console.WriteLine($"compare {clauses} clauses: {changed} " +
                    $"changes in {ours.TotalMilliseconds:F1} ms; git diff --no-index {peer.TotalMilliseconds:F1} ms " +
                    $"(ratio {ours / peer:F2})");
            }
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    /// <summary>Chapters of ten 条; the changed version edits every tenth, drops every 25th and moves the first 条 of
    /// each chapter to its end (so the chapter's 条 are renumbered).</summary>
    private static string Synthetic(int clauses, bool changed)
    {
        var text = new StringBuilder(
            "---\ntype: group\nnumber: T/BENCH 1—2025\ntitle: 基准标准\n---\n# 范围\n\n本文件规定了基准。\n\n");
        foreach (var c in Enumerable.Range(0, clauses / 10))
        {
            text.Append($"# 要求{c}\n\n");
            foreach (var i in changed ? [1, 2, 3, 4, 5, 6, 7, 8, 9, 0] : Enumerable.Range(0, 10))
            {
                var n = c * 10 + i;
                if (changed && n % 25 == 24) continue;
                var edit = changed && n % 10 == 3 ? "，并保存记录三年" : "";
                text.Append($"## 事项{n}\n\n服务机构应对第{n}项服务建立台账，明确责任人员和完成时限{edit}，每季度检查执行情况。\n\n");
            }
        }
        return text.ToString();
    }

    private static void GitDiff(string older, string newer)
    {
        var start = new ProcessStartInfo("git") { RedirectStandardOutput = true };
        foreach (var a in new[] { "diff", "--no-index", "--stat", older, newer }) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
    }
}

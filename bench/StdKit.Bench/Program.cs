using StdKit.Bench;

// Benchmarks print figures; they assert nothing.
// Usage: dotnet run -c Release --project bench/StdKit.Bench
//        [content|render|lint|build|import|evaluate|package|all|search|serve|fuzz|concurrency|cluster|pdf|catchup|
//         fill]
//        [content-dir] [options]
var which = args.Length > 0 ? args[0] : "all";
var content = args.Length > 1 ? args[1] : "content";
if (which is "content" or "all") ContentBenchmark.Run(content);
if (which is "render" or "all") RenderBenchmark.Run(content);
if (which is "lint" or "all") LintBenchmark.Run(content);
if (which is "build" or "all") BuildBenchmark.Run(content);
if (which is "import" or "all") ImportBenchmark.Run(content);
if (which is "evaluate" or "all") EvaluateBenchmark.Run(content);
if (which is "package" or "all") PackageBenchmark.Run(content);
// Minutes, not seconds: run on its own. Options: --clauses N (default 100,000), --full (100,000 and 1,000,000),
// --cpu (time by the thread's processor time, on a machine other work shares).
if (which is "search") SearchBenchmark.Run(content, args.Skip(2).ToList());
// The workbench under load on loopback (1, 10, 50 and 200 clients), sample and --clauses N (default 100,000)
// synthetic clauses, then 60 s at 50 clients: minutes, run on its own. --large-only: the large one alone, no 60 s run.
if (which is "serve") ServeBenchmark.Run(content, args.Skip(2).ToList());
// A thousand mutants of each input kind (--mutants N, --seed S), from the repository root: run on its own.
if (which is "fuzz") FuzzBenchmark.Run(args.Length > 1 ? args[1] : ".", args.Skip(2).ToList());
// Real stdkit processes side by side on one knowledge base (issue 11): run on its own. Option: the number of searches
// with the index missing (default 200).
if (which is "concurrency") ConcurrencyBenchmark.Run(content, args.Skip(2).ToList());
// PostgreSQL and two real nodes under 200 clients with a write a second, a node killed, PostgreSQL restarted
// (issue 17): minutes, run on its own. Options: --clauses N, --clients N, --seconds N, --no-restart.
if (which is "cluster") ClusterBenchmark.Run(content, args.Skip(2).ToList());
// Minutes: the whole system printed one document at a time, in batch and by LibreOffice alone (--limit N).
if (which is "pdf") PdfBenchmark.Run(content, args.Skip(2).ToList());
// The index brought up to date after one standard changed at 100,000 clauses (--clauses N, --runs N): a full rebuild
// against catching up, about a minute; run on its own.
if (which is "catchup") CatchUpBenchmark.Run(content, args.Skip(2).ToList());
// Filling the knowledge base, SQLite against PostgreSQL, the sample and the sample with 100,000 synthetic clauses
// (--clauses N, --runs N): minutes, run on its own.
if (which is "fill") FillBenchmark.Run(content, args.Skip(2).ToList());

using StdKit.Bench;

// Benchmarks print figures; they assert nothing.
// Usage: dotnet run -c Release --project bench/StdKit.Bench [content|render|lint|build|all] [content-dir]
var which = args.Length > 0 ? args[0] : "all";
var content = args.Length > 1 ? args[1] : "content";
if (which is "content" or "all") ContentBenchmark.Run(content);
if (which is "render" or "all") RenderBenchmark.Run(content);
if (which is "lint" or "all") LintBenchmark.Run(content);
if (which is "build" or "all") BuildBenchmark.Run(content);

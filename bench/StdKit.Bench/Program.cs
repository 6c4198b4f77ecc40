using StdKit.Bench;

// Benchmarks print figures; they assert nothing. Usage: dotnet run -c Release --project bench/StdKit.Bench [content-dir]
var content = args.Length > 0 ? args[0] : "content";
ContentBenchmark.Run(content);

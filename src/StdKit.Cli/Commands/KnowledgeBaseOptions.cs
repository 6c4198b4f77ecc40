using StdKit.Model.Diagnostics;
using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using StdKit.Content.Project;
using StdKit.Indexing;
using StdKit.Search.Knowledge;

namespace StdKit.Cli.Commands;

/// <summary>
/// What index, search, terms and refs share: the knowledge base file and the content it is filled from by default,
/// and JSON output.
/// </summary>
public static class KnowledgeBaseOptions
{
    /// <summary>The content tree of the working folder (its stdkit.yaml, or content/stdkit.yaml, here or above), else
    /// "content".</summary>
    public static string DefaultContent => ContentProject.FindRoot(Directory.GetCurrentDirectory()) ?? "content";
    public static string DefaultDatabase { get; } = Path.Combine("out", "kb", "stdkit.db");

    /// <summary>The JSON every command writes (lint, import and evaluate too): indented, Chinese as it is,
    /// camelCase.</summary>
    public static JsonSerializerOptions Json { get; } = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    /// <summary>--db and --index, which a command takes together.</summary>
    public static KnowledgeBaseArguments Database() => new();

    public static Option<bool> JsonOutput() => new("--json") { Description = "以 JSON 输出" };

    /// <summary>Progress and repairs go to standard error, so that standard output stays the answer (and valid
    /// JSON).</summary>
    public static void Notify(string message) => Console.Error.WriteLine(message);

    /// <summary>
    /// The knowledge base to read. When there is none yet, or one of an older schema, it is filled from the content
    /// tree first, as <c>stdkit index</c> would.
    /// </summary>
    public static IKnowledgeBase Open(KnowledgeBaseLocation database)
    {
        if (ContentProject.FindRoot(Directory.GetCurrentDirectory()) is { } content)
            ContentIndexer.IndexIfMissing(Path.GetRelativePath(Directory.GetCurrentDirectory(), content), database,
                Notify);
        return database.Open();
    }
}

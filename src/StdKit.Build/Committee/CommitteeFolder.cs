using StdKit.Content.Reading;
using StdKit.Model.Diagnostics;
using StdKit.Model.Metadata;
using YamlDotNet.RepresentationModel;

namespace StdKit.Build.Committee;

/// <summary>One stage a draft went through: its text (a file, or revision:file) and when.</summary>
public sealed record StageText(DraftStage Stage, string Text, string? Date, SourceLocation Source);

/// <summary>A file of comments and the stage of the draft they were made on.</summary>
public sealed record CommentSource(string File, DraftStage Stage);

/// <summary>
/// A drafting group's folder (<c>committee.yaml</c>): the text of each stage, the 编制说明 companion, the comment files
/// with the stage they were made on, the decisions, the published edition a revision replaces, and where the forms go.
/// </summary>
public sealed class CommitteeFolder
{
    public const string FileName = "committee.yaml";
    public const string DefaultNotes = "编制说明.md";
    private static readonly string[] Keys =
        ["stages", "previous", "notes", "comments", "decisions", "reply", "drafting-unit"];
    private static readonly string[] StageKeys = ["stage", "text", "date"];
    private static readonly string[] CommentKeys = ["file", "stage"];

    public required string Folder { get; init; }
    public required IReadOnlyList<StageText> Stages { get; init; }
    /// <summary>The published edition this standard revises (file or revision:file), if it is a revision.</summary>
    public string? Previous { get; init; }
    public required string Notes { get; init; }
    public required IReadOnlyList<CommentSource> Comments { get; init; }
    public string? Decisions { get; init; }
    /// <summary>The sentence printed under the 征求意见表: where to send it back, by when.</summary>
    public string? Reply { get; init; }
    public string? DraftingUnit { get; init; }

    public static CommitteeFolder Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        var shown = DisplayPath.Of(path);
        if (!File.Exists(path))
            throw new UserError(new SourceLocation(DisplayPath.Of(folder), 1), $"the folder has no {FileName}",
                "give the drafting group's folder (docs/committee.md shows what committee.yaml holds)");
        var lines = LineMap.Identity(shown);
        var diagnostics = new DiagnosticBag();
        var yaml = new YamlMappingReader(YamlText.Load(SourceText.Read(path), lines, 1), Keys, lines, 1, diagnostics,
            "committee");
        string Resolve(string relative) => DisplayPath.Of(Path.Combine(folder, relative));
        string ResolveVersion(string v) =>
            v.IndexOf(':') is var colon and > 0 && !File.Exists(Path.Combine(folder, v))
                ? $"{v[..colon]}:{Resolve(v[(colon + 1)..])}" : Resolve(v);

        var stages = new List<StageText>();
        foreach (var entry in Entries(yaml, "stages"))
        {
            var stage = new YamlMappingReader(entry, StageKeys, lines, 1, diagnostics, "stage");
            var name = stage.Required("stage", "征求意见稿");
            var text = stage.Required("text", "../../content/drafts/my-standard.md");
            if (name.Length == 0 || text.Length == 0) continue;
            if (!DraftStageNames.TryParse(name, out var s) || s == DraftStage.Published)
                stage.Error("stage", $"unknown stage '{name}'", "use 工作组讨论稿, 征求意见稿, 送审稿 or 报批稿");
            else if (stages.Count > 0 && s <= stages[^1].Stage)
                stage.Error("stage", $"{name} comes after {stages[^1].Stage.ChineseName()}",
                    "list the stages in the order they happened");
            else stages.Add(new StageText(s, ResolveVersion(text), stage.Text("date"), stage.Location));
        }
        if (stages.Count == 0 && yaml.Node("stages") is null)
            yaml.Error("stages", "committee.yaml names no stage",
                "add stages: with one '- stage: 征求意见稿' entry per stage and its text:");

        var comments = new List<CommentSource>();
        foreach (var entry in Entries(yaml, "comments"))
        {
            var comment = new YamlMappingReader(entry, CommentKeys, lines, 1, diagnostics, "comments");
            var file = comment.Required("file", "comments/意见汇总.csv");
            var stageName = comment.Text("stage") ?? DraftStage.ConsultationDraft.ChineseName();
            if (!DraftStageNames.TryParse(stageName, out var made) || stages.All(s => s.Stage != made))
                comment.Error("stage",
                    $"the comments are said to be made on '{stageName}', which is not a stage listed here",
                    $"use one of: {string.Join(", ", stages.Select(s => s.Stage.ChineseName()))}");
            else if (file.Length > 0) comments.Add(new CommentSource(Resolve(file), made));
        }
        var result = new CommitteeFolder
        {
            Folder = folder, Stages = stages, Comments = comments,
            Previous = yaml.Text("previous") is { } previous ? ResolveVersion(previous) : null,
            Notes = Resolve(yaml.Text("notes") ?? DefaultNotes),
            Decisions = yaml.Text("decisions") is { } decisions ? Resolve(decisions) : null,
            Reply = yaml.Text("reply"), DraftingUnit = yaml.Text("drafting-unit"),
        };
        diagnostics.ThrowIfAny();
        return result;
    }

    /// <summary>The text of a stage; an error naming the stages there are when it is not one of them.</summary>
    public StageText Stage(DraftStage stage) =>
        Stages.FirstOrDefault(s => s.Stage == stage) ?? throw NoStage(stage.ChineseName());

    /// <summary>The stage a user typed (征求意见稿, or ConsultationDraft), which must be one of the group's.</summary>
    public DraftStage Stage(string typed) =>
        DraftStageNames.TryParse(typed, out var stage) && Stages.Any(s => s.Stage == stage) ? stage
            : throw NoStage(typed);

    private UserError NoStage(string name) => new(
        new SourceLocation(DisplayPath.Of(Path.Combine(Folder, FileName)), 1),
        $"the drafting group has no {name}",
        $"package one of its stages ({string.Join(", ", Stages.Select(s => s.Stage.ChineseName()))}), " +
        $"or add the {name} to stages: in {FileName}");

    private static IEnumerable<YamlNode> Entries(YamlMappingReader yaml, string key)
    {
        switch (yaml.Node(key))
        {
            case null:
                return [];
            case YamlSequenceNode list:
                return list.Children;
            default:
                yaml.Error(key, $"'{key}' must be a list",
                    $"write each entry of {key}: on its own line starting with '- '");
                return [];
        }
    }
}

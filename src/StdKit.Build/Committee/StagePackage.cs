using System.Text.Json;
using StdKit.Build.Committee.Changes;
using StdKit.Generator;
using StdKit.Generator.Committee;
using StdKit.Model.Committee;
using StdKit.Model.Diagnostics;
using StdKit.Model.Documents;
using StdKit.Model.Metadata;

namespace StdKit.Build.Committee;

/// <summary>A file of a package and what it is, for the manifest.</summary>
public sealed record PackageFile(string File, string Document, string Sha256);

/// <summary>manifest.json of a stage package.</summary>
public sealed record PackageManifest(string Standard, string Title, string Stage, string? ComparedWith,
    CommentCounts? Comments, IReadOnlyList<PackageFile> Files);

/// <summary>
/// Everything a drafting group hands on at one stage, written into one folder: the standard, its 编制说明, the
/// 征求意见表 (征求意见稿) or the 意见汇总处理表 (送审稿 and later), the 修改对照表 against the previous stage or the
/// edition it revises, and a manifest. Everything is read and checked first; the folder is written whole or not at all.
/// </summary>
public sealed class StagePackage
{
    public const string StandardFile = "标准文本.docx";
    public const string NotesFile = "编制说明.docx";
    public const string FormFile = "征求意见表.docx";
    public const string CommentTableFile = "意见汇总处理表.docx";
    public const string ChangeTableFile = "修改对照表.docx";
    public const string ChangeTextFile = "修改对照.txt";
    public const string PrefaceDraftFile = "前言技术变化（草稿）.txt";

    private readonly CommitteeFolder _committee;
    private readonly StageText _stage;
    private readonly Standard _standard;
    private readonly Standard? _previous;
    private readonly string? _previousName;
    private readonly StandardNotes _notes;

    public IReadOnlyList<Comment> Comments { get; }
    public IReadOnlyList<ClauseChange>? Changes { get; }

    /// <param name="extraComments">Comment files given on the command line, made on the stage before this one.</param>
    public StagePackage(CommitteeFolder committee, DraftStage stage, IReadOnlyList<string> extraComments)
    {
        _committee = committee;
        _stage = committee.Stage(stage);
        var index = committee.Stages.ToList().IndexOf(_stage);
        var versions = new StandardVersions();
        var texts = new Dictionary<DraftStage, Standard>();
        var errors = new List<Diagnostic>();
        foreach (var s in committee.Stages.Take(index + 1))
        {
            try
            {
                var text = versions.Read(s.Text);
                if (text.Metadata.Stage != s.Stage)
                    errors.Add(new Diagnostic(new SourceLocation(text.SourcePath, 1),
                        $"the text given for the {s.Stage.ChineseName()} says stage: " +
                        text.Metadata.Stage.ChineseName(),
                        $"set stage: {s.Stage.ChineseName()} in its front matter, " +
                        $"or give the {s.Stage.ChineseName()}'s own text"));
                texts[s.Stage] = text;
            }
            catch (UserError e)
            {
                errors.AddRange(e.Diagnostics);
            }
        }
        StandardNotes? notes = null;
        try
        {
            notes = new StandardNotes(committee.Notes);
        }
        catch (UserError e)
        {
            errors.AddRange(e.Diagnostics);
        }
        if (errors.Count > 0) throw new UserError(errors);
        _notes = notes!;
        _standard = texts[stage];
        _notes.Check(_standard);

        if (extraComments.Count > 0 && index == 0)
            throw new UserError(new SourceLocation(extraComments[0], 1),
                $"comments cannot be answered at the {stage.ChineseName()}, the first stage",
                "package the stage that follows the one the comments were made on (--stage 送审稿)");
        var sources = committee.Comments.Where(c => c.Stage < stage)
            .Concat(extraComments.Select(f => new CommentSource(f, committee.Stages[index - 1].Stage))).ToList();
        Comments = StageComments.Collect(sources, committee.Decisions, texts,
            committee.Comments.Where(c => c.Stage >= stage).Select(c => c.File).ToList());
        if (stage >= DraftStage.ReviewDraft) StageComments.RequireDecisions(Comments, stage, committee.Decisions);

        if (index > 0)
        {
            var before = committee.Stages[index - 1].Stage;
            (_previous, _previousName) = (texts[before], before.ChineseName());
        }
        else if (committee.Previous is { } previous)
        {
            _previous = versions.Read(previous);
            _previousName = _previous.Metadata.Number.Year is { } year ? $"{year}年版"
                : _previous.Metadata.Number.ToString();
        }
        if (_previous is not null) Changes = StageComparison.Compare(_previous, _standard);
    }

    /// <summary>Writes the package into <paramref name="folder"/>, replacing what a previous run left there.</summary>
    /// <param name="pdf">Also a PDF of the standard (LibreOffice).</param>
    /// <returns>Warnings of the PDF printing.</returns>
    public IReadOnlyList<string> Write(string folder, bool pdf)
    {
        var metadata = _standard.Metadata;
        var parent = Path.GetDirectoryName(Path.GetFullPath(folder))!;
        Directory.CreateDirectory(parent);
        var temp = Path.Combine(parent, $".{Path.GetFileName(Path.GetFullPath(folder))}.{Guid.NewGuid():N}.tmp");
        var files = new List<(string File, string Document)>();
        var warnings = new List<string>();
        try
        {
            Directory.CreateDirectory(temp);
            string In(string name, string document)
            {
                files.Add((name, document));
                return Path.Combine(temp, name);
            }
            var standardDocx = In(StandardFile, $"标准（{metadata.Stage.ChineseName()}）");
            if (pdf) warnings.AddRange(StandardPublisher.Publish(_standard, standardDocx,
                In(Path.ChangeExtension(StandardFile, ".pdf"), "标准（PDF）")));
            else StandardPublisher.Publish(_standard, standardDocx, null);
            _notes.Write(In(NotesFile, "编制说明"), _standard,
                _committee.Stages.TakeWhile(s => s.Stage <= _stage.Stage).ToList(), Comments);
            if (_stage.Stage == DraftStage.ConsultationDraft)
                CommentFormDocument.Write(In(FormFile, "征求意见表"), metadata, DraftingUnit(), _committee.Reply);
            if (_stage.Stage >= DraftStage.ReviewDraft && Comments.Count > 0)
                CommentTableDocument.Write(In(CommentTableFile, "意见汇总处理表"), metadata,
                    _committee.Stages.First(s => s.Stage < _stage.Stage).Stage, Comments);
            if (Changes is not null)
            {
                ChangeTableDocument.Write(In(ChangeTableFile, "修改对照表"), metadata, _previousName!,
                    metadata.Stage.ChineseName(), Changes);
                File.WriteAllText(In(ChangeTextFile, "修改对照（文本）"),
                    ChangeReport.Text(Changes, _previousName!, metadata.Stage.ChineseName()));
                if (_previous!.Metadata.Stage == DraftStage.Published)
                    File.WriteAllText(In(PrefaceDraftFile, "前言中的技术变化（草稿）"),
                        ChangeReport.PrefaceDraft(Changes, _previous.Metadata.Number));
            }
            var manifest = new PackageManifest(metadata.Number.ToString(), metadata.Title, metadata.Stage.ChineseName(),
                _previousName, Comments.Count > 0 ? CommentCounts.Of(Comments) : null,
                files.Select(f => new PackageFile(f.File, f.Document, Hash(Path.Combine(temp, f.File)))).ToList());
            File.WriteAllText(Path.Combine(temp, Manifest.FileName), JsonSerializer.Serialize(manifest, Manifest.Json));
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            Directory.Move(temp, folder);
        }
        finally
        {
            if (Directory.Exists(temp)) Directory.Delete(temp, recursive: true);
        }
        return warnings;
    }

    private string DraftingUnit() => _committee.DraftingUnit
        ?? (_standard.Metadata.DraftingUnits.Count > 0 ? _standard.Metadata.DraftingUnits[0] : null)
        ?? _standard.Metadata.Administrator ?? "";

    private static string Hash(string path) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path)));
}

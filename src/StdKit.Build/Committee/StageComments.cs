using StdKit.Build.Committee.Comments;
using StdKit.Model.Committee;
using StdKit.Model.Diagnostics;
using StdKit.Model.Documents;
using StdKit.Model.Metadata;

namespace StdKit.Build.Committee;

/// <summary>
/// The comments a stage package answers: read from every file, each checked against the text of the stage it was made
/// on, decisions applied, sorted in the order of that text's clauses.
/// </summary>
public static class StageComments
{
    /// <param name="texts">The text of each stage the comments may have been made on.</param>
    /// <param name="later">Comment files made on this stage or later ones, whose decisions are not read now.</param>
    public static IReadOnlyList<Comment> Collect(IReadOnlyList<CommentSource> sources, string? decisions,
        IReadOnlyDictionary<DraftStage, Standard> texts, IReadOnlyCollection<string> later)
    {
        var errors = new List<Diagnostic>();
        var collected = new List<(Comment Comment, DraftStage Stage)>();
        foreach (var source in sources)
        {
            var text = texts[source.Stage];
            try
            {
                var comments = CommentFiles.Read(source.File, text.Metadata.Title);
                var diagnostics = new DiagnosticBag();
                new ClauseReferences(text).Check(comments, diagnostics);
                errors.AddRange(diagnostics.Items);
                collected.AddRange(comments.Select(c => (c, source.Stage)));
            }
            catch (UserError e)
            {
                errors.AddRange(e.Diagnostics);
            }
        }
        var duplicates = collected.GroupBy(c => c.Comment.Key).Where(g => g.Count() > 1).Select(g => g.First().Comment);
        errors.AddRange(duplicates.Select(d => new Diagnostic(d.Source,
            $"two comment files are both named {Path.GetFileName(d.Source.File)}",
            "rename one of them: the decisions file names comments by file name and line")));
        if (errors.Count > 0) throw new UserError(errors);

        var all = collected.Select(c => c.Comment).ToList();
        if (decisions is not null) all = DecisionsFile.Apply(decisions, all, later).ToList();
        var stageOf = collected.ToDictionary(c => c.Comment.Key, c => c.Stage);
        var order = texts.ToDictionary(t => t.Key, t => new ClauseReferences(t.Value));
        return all.Select((c, i) => (c, i))
            .OrderBy(x => stageOf[x.c.Key])
            .ThenBy(x => order[stageOf[x.c.Key]].Position(x.c.Clause))
            .ThenBy(x => x.i)
            .Select(x => x.c).ToList();
    }

    /// <summary>
    /// Before a text goes to review every comment must have been decided: one message per open comment.
    /// </summary>
    public static void RequireDecisions(IReadOnlyList<Comment> comments, DraftStage stage, string? decisionsFile)
    {
        var open = comments.Where(c => c.Resolution is null).ToList();
        if (open.Count == 0) return;
        var where = decisionsFile is null ? "" : $", or in {decisionsFile} as '- 意见: <file>:<line>'";
        throw new UserError(open.Select(c => new Diagnostic(c.Source,
            $"the comment of {c.Unit} on {c.Clause} has no decision, so the {stage.ChineseName()} cannot be packaged",
            $"write 处理意见 ({string.Join(" / ", DecisionNames.All)}) and 理由 for it (key {c.Key}) in its file{where}"))
            .ToList());
    }
}

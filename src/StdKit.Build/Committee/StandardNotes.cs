using StdKit.Content.Markdown;
using StdKit.Content.Reading;
using StdKit.Generator.Systems;
using StdKit.Model.Body;
using StdKit.Model.Committee;
using StdKit.Model.Diagnostics;
using StdKit.Model.Documents;
using StdKit.Model.Metadata;
using StdKit.Model.Numbering;

namespace StdKit.Build.Committee;

/// <summary>
/// 编制说明 of one standard, in the structure of the 编制说明 the drafting groups hand on (一、工作简况 … 八、贯彻标准的要求
/// 和措施建议): the prose parts from a companion Markdown file (one <c># heading</c> per part), the rest from what the
/// content already knows — drafting units and drafters, the stages, the normative references, the adoption, and the
/// counts of the comments and their decisions.
/// </summary>
public sealed class StandardNotes
{
    /// <summary>A part of the companion: its heading, and whether the 编制说明 is incomplete without it.</summary>
    private sealed record Part(string Heading, bool Required);

    private static readonly Part TaskSource = new("任务来源", true);
    private static readonly Part Drafters = new("主要起草单位及起草人", false);
    private static readonly Part Process = new("简要编制过程", true);
    private static readonly Part Principles = new("编制原则和确定主要内容的论据", true);
    private static readonly Part Verification = new("主要试验验证", true);
    private static readonly Part Patents = new("知识产权", true);
    private static readonly Part Adoption = new("采用国际标准", false);
    private static readonly Part Coherence = new("与法律法规和标准的协调性", true);
    private static readonly Part Disputes = new("重大分歧意见的处理", false);
    private static readonly Part Implementation = new("贯彻标准的要求和措施建议", true);
    private static readonly Part Other = new("其他应予说明的事项", false);

    private static readonly Part[] Parts =
    [
        TaskSource, Drafters, Process, Principles, Verification, Patents, Adoption, Coherence, Disputes, Implementation,
        Other,
    ];

    private readonly Dictionary<Part, Clause> _companion = [];
    private readonly string _path;

    /// <summary>Reads the companion; unknown headings and missing required parts are reported together.</summary>
    public StandardNotes(string companionPath)
    {
        _path = companionPath;
        var diagnostics = new DiagnosticBag();
        var text = SourceText.Read(companionPath);
        var divisions = BodyReader.Read(text, 1, LineMap.Identity(companionPath), diagnostics);
        diagnostics.ThrowIfAny();
        foreach (var division in divisions)
        {
            var part = Parts.FirstOrDefault(p => division is Clause { Title: { } t } && t == p.Heading);
            if (part is null)
            {
                var near = NearestName.Find(division.Title ?? "", Parts.Select(p => p.Heading));
                diagnostics.Add(division.Source, $"'{division.Title ?? division.Label}' is not a part of the 编制说明",
                    near is not null ? $"did you mean '# {near}'?"
                        : "write the prose under one of the headings # " +
                          string.Join(", # ", Parts.Select(p => p.Heading)));
            }
            else if (!_companion.TryAdd(part, (Clause)division))
                diagnostics.Add(division.Source, $"'# {part.Heading}' is written twice",
                    "merge the two parts into one");
        }
        foreach (var missing in Parts.Where(p => p.Required && !_companion.ContainsKey(p)))
            diagnostics.Add(new SourceLocation(companionPath, 1), $"the 编制说明 has no part '{missing.Heading}'",
                $"add a '# {missing.Heading}' heading with its text (write 无 where there is nothing to say)");
        diagnostics.ThrowIfAny();
    }

    /// <summary>What the 编制说明 of this text needs from the text itself: who drafted it.</summary>
    public void Check(Standard standard)
    {
        if (standard.Metadata.DraftingUnits.Count == 0 && !_companion.ContainsKey(Drafters))
            throw new UserError(new SourceLocation(standard.SourcePath, 1),
                "the standard names no drafting units",
                $"add drafting-units: and drafters: to its front matter, or a '# {Drafters.Heading}' part to {_path}");
    }

    /// <param name="stages">The stages reached so far, with their dates.</param>
    /// <param name="comments">The comments made on earlier stages, decided; empty at the first stage.</param>
    public void Write(string path, Standard standard, IReadOnlyList<StageText> stages, IReadOnlyList<Comment> comments)
    {
        Check(standard);
        var metadata = standard.Metadata;
        IReadOnlyList<Clause> parts =
        [
            Chapter("一、工作简况",
                Sub("（一）任务来源", TaskSource),
                Sub("（二）主要起草单位及起草人", Drafters, before: DrafterParagraphs(metadata)),
                Sub("（三）简要编制过程", Process, after: [Generated(StageSentence(stages))])),
            Chapter("二、编制原则和确定主要内容的论据", Principles),
            Chapter("三、主要试验验证", Verification),
            Chapter("四、知识产权", Patents),
            Chapter("五、采用国际标准", Adoption,
                before: metadata.Adoption is { } a ? [Generated($"本标准的一致性程度为：{a}。")] : [],
                fallback: metadata.Adoption is null ? [Generated("本标准未采用国际标准或国外先进标准。")] : []),
            Chapter("六、与法律法规和标准的协调性", Coherence, after: References(standard)),
            Chapter("七、重大分歧意见的处理经过和依据", Disputes, after: DisputeParagraphs(comments, stages),
                fallback: [Generated("本标准在制定过程中无重大分歧意见。")]),
            Chapter("八、贯彻标准的要求和措施建议", Implementation),
            .. _companion.ContainsKey(Other) ? [Chapter("九、其他应予说明的事项", Other)] : Array.Empty<Clause>(),
        ];
        // Lists, notes and tables of the companion and of what StdKit adds are numbered as one document.
        StandardNumbering.ApplyUnnumbered(parts);
        SystemDocument.WriteNotes(path, metadata.Number.ToString(),
            $"《{metadata.Title}》（{metadata.Stage.ChineseName()}）编制说明", parts);
    }

    private static IReadOnlyList<Block> DrafterParagraphs(StandardMetadata metadata)
    {
        var blocks = new List<Block>();
        var by = string.Join("，", new[]
        {
            metadata.Proposer is { } p ? $"由{p}提出" : null,
            metadata.Administrator is { } a ? $"由{a}归口" : null,
        }.OfType<string>());
        if (by.Length > 0) blocks.Add(Generated($"本标准{by}。"));
        if (metadata.DraftingUnits.Count > 0)
            blocks.Add(Generated($"主要起草单位：{string.Join("、", metadata.DraftingUnits)}。"));
        if (metadata.Drafters.Count > 0) blocks.Add(Generated($"主要起草人：{string.Join("、", metadata.Drafters)}。"));
        return blocks;
    }

    private static string StageSentence(IReadOnlyList<StageText> stages) =>
        "本标准的编制经过了以下阶段：" + string.Join("；", stages.Select(s => s.Date is null
            ? s.Stage.ChineseName() : $"{s.Date}，形成{s.Stage.ChineseName()}")) + "。";

    private static IReadOnlyList<Block> References(Standard standard)
    {
        var entries = standard.Chapters.FirstOrDefault(c => c.Role == ClauseRole.NormativeReferences)?.Blocks
            .OfType<DocumentEntry>().Select(e => e.DisplayText).ToList() ?? [];
        return entries.Count == 0 ? [Generated("本标准没有规范性引用文件。")]
            : [Generated($"本标准规范性引用了{entries.Count}项文件：{string.Join("；", entries)}。")];
    }

    /// <summary>The counts of the comments and their decisions, in a sentence and by unit in a table.</summary>
    private static IReadOnlyList<Block> DisputeParagraphs(IReadOnlyList<Comment> comments,
        IReadOnlyList<StageText> stages)
    {
        if (comments.Count == 0) return [];
        var consulted = stages.FirstOrDefault(s => s.Stage == DraftStage.ConsultationDraft)?.Stage ?? stages[0].Stage;
        var counts = CommentCounts.Of(comments);
        return
        [
            Generated($"{consulted.ChineseName()}征求意见期间{counts.Sentence}各单位的意见数及其处理见表1，" +
                "各条意见及其处理见《意见汇总处理表》。"),
            new Table(Nowhere, null, "意见的处理情况", [Row(CommentCounts.Columns)], counts.Rows.Select(Row).ToList()),
        ];
    }

    private static TableRow Row(IReadOnlyList<string> cells) =>
        new(Nowhere, cells.Select(c => new TableCell(InlineText.Plain(c), false)).ToList());

    private Clause Chapter(string title, params Clause[] parts) => Build(title, 1, [], parts);

    private Clause Chapter(string title, Part part, IReadOnlyList<Block>? before = null,
        IReadOnlyList<Block>? after = null, IReadOnlyList<Block>? fallback = null) =>
        WithCompanion(title, 1, part, before ?? [], after ?? [], fallback ?? []);

    private Clause Sub(string title, Part part, IReadOnlyList<Block>? before = null,
        IReadOnlyList<Block>? after = null) =>
        WithCompanion(title, 2, part, before ?? [], after ?? [], []);

    /// <summary>
    /// A part of the document: what StdKit writes <paramref name="before"/> and <paramref name="after"/> the
    /// companion's prose, or <paramref name="fallback"/> where the companion leaves the part out.
    /// </summary>
    private Clause WithCompanion(string title, int level, Part part, IReadOnlyList<Block> before,
        IReadOnlyList<Block> after, IReadOnlyList<Block> fallback)
    {
        var written = _companion.TryGetValue(part, out var c) ? c : null;
        if (written is not null && written.Blocks.Count == 0 && written.Clauses.Count == 0)
            throw new UserError(written.Source, $"'# {part.Heading}' has no text", "write the part, or 无");
        var blocks = before.Concat(written?.Blocks ?? fallback).Concat(after).ToList();
        var children = written?.Clauses.Select(x => Shift(x, level)).ToList() ?? [];
        return Build(title, level, blocks, children);
    }

    /// <summary>The companion's own sub-headings, one level below the part they are in.</summary>
    private static Clause Shift(Clause clause, int parentLevel) =>
        new(clause.Source, clause.Id, clause.Title, parentLevel + 1, ClauseRole.Ordinary, clause.Blocks,
            clause.Clauses.Select(c => Shift(c, parentLevel + 1)).ToList());

    private Clause Build(string title, int level, IReadOnlyList<Block> blocks, IReadOnlyList<Clause> children) =>
        new(new SourceLocation(_path, 1), null, title, level, ClauseRole.Ordinary, blocks, children);

    private static Paragraph Generated(string text) => new(Nowhere, InlineText.Plain(text));

    /// <summary>Where the text StdKit writes itself comes from: no file.</summary>
    private static readonly SourceLocation Nowhere = new("", 0);
}

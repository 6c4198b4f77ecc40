using StdKit.Generator.Docx.Layout;
using StdKit.Generator.Docx.Styles;
using StdKit.Generator.Docx.Writers;
using StdKit.Generator.Systems;
using StdKit.Model.Committee;
using StdKit.Model.Metadata;

namespace StdKit.Generator.Committee;

/// <summary>
/// 意见汇总处理表 on turned pages: every comment in the order of the clauses it is about, with who sent it and the
/// drafting group's decision and reason; then the counts by unit and by decision.
/// </summary>
public static class CommentTableDocument
{
    public static readonly IReadOnlyList<string> Columns =
        ["序号", "标准章条编号", "意见内容", "修改建议", "提出单位", "处理意见", "理由"];

    /// <param name="stage">The stage the comments were made on.</param>
    /// <param name="comments">In the order of the clauses.</param>
    public static void Write(string path, StandardMetadata standard, DraftStage stage, IReadOnlyList<Comment> comments)
    {
        var counts = CommentCounts.Of(comments);
        SystemDocument.Write(path, standard.Number.ToString(), "意见汇总处理表", doc =>
        {
            doc.Add(StyleIds.Paragraph, $"标准名称：{standard.Number}《{standard.Title}》\u3000\u3000" +
                $"意见征求阶段：{stage.ChineseName()}");
            doc.Add(StyleIds.Paragraph, counts.Sentence);
            var rows = comments.Select((c, i) => (IReadOnlyList<string>)
            [
                (i + 1).ToString(), c.Clause, c.Content, c.Suggestion, c.Unit,
                c.Resolution?.Decision.ChineseName() ?? "", c.Resolution?.Reason ?? "",
            ]);
            TableWriter.Write(doc, "表1　意见汇总处理", SystemTables.Of(Columns, rows), PageSetup.LandscapeTypeAreaWidth,
                textColumns: [2, 3, 6]);
            TableWriter.Write(doc, "表2　按提出单位和处理意见统计", SystemTables.Of(CommentCounts.Columns, counts.Rows),
                PageSetup.LandscapeTypeAreaWidth);
        }, landscape: true);
    }
}

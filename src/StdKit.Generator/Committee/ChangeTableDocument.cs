using StdKit.Generator.Docx.Layout;
using StdKit.Generator.Docx.Styles;
using StdKit.Generator.Docx.Writers;
using StdKit.Generator.Systems;
using StdKit.Model.Committee;
using StdKit.Model.Metadata;

namespace StdKit.Generator.Committee;

/// <summary>
/// 修改对照表 on turned pages: each clause that changed between two versions, its number and text before and after,
/// and what happened to it (修改, 新增, 删除, 移动).
/// </summary>
public static class ChangeTableDocument
{
    /// <param name="oldName">The earlier version as the columns name it: "征求意见稿", "2018年版".</param>
    public static void Write(string path, StandardMetadata standard, string oldName, string newName,
        IReadOnlyList<ClauseChange> changes)
    {
        var changed = changes.Where(c => c.Kind != ChangeKind.Unchanged).ToList();
        SystemDocument.Write(path, standard.Number.ToString(), "修改对照表", doc =>
        {
            ChangeKind[] kinds = [ChangeKind.Modified, ChangeKind.Added, ChangeKind.Deleted, ChangeKind.Moved];
            var counts = string.Join("，", kinds
                .Select(k => $"{k.ChineseName()}{changed.Count(c => c.Kind == k)}处"));
            doc.Add(StyleIds.Paragraph, $"标准名称：{standard.Number}《{standard.Title}》。{newName}与{oldName}相比：{counts}。");
            var rows = changed.Select((c, i) => (IReadOnlyList<string>)
            [
                (i + 1).ToString(), c.Old?.Label ?? "—", c.Old?.Full ?? "", c.New?.Label ?? "—", c.New?.Full ?? "",
                c.Kind == ChangeKind.Modified && c.Renumbered ? "修改并移动" : c.Kind.ChineseName(),
            ]);
            TableWriter.Write(doc, "表1　修改对照",
                SystemTables.Of(["序号", $"{oldName}章条", $"{oldName}内容", $"{newName}章条", $"{newName}内容", "修改类型"], rows),
                PageSetup.LandscapeTypeAreaWidth, textColumns: [2, 4]);
        }, landscape: true);
    }
}

using System.Text;
using StdKit.Model.Committee;
using StdKit.Model.Documents;

namespace StdKit.Build.Committee.Changes;

/// <summary>
/// The changes between two versions as text: a list for the terminal, and the 前言 paragraph of a revision.
/// </summary>
public static class ChangeReport
{
    /// <summary>One line per change (unchanged clauses left out), then the counts.</summary>
    public static string Text(IReadOnlyList<ClauseChange> changes, string oldName, string newName)
    {
        var text = new StringBuilder();
        text.AppendLine($"{oldName} → {newName}");
        foreach (var change in changes.Where(c => c.Kind != ChangeKind.Unchanged))
        {
            var from = change.Old?.Label ?? "—";
            var to = change.New?.Label ?? "—";
            var caption = (change.New ?? change.Old)!.Caption;
            var moved = change.Kind == ChangeKind.Modified && change.Renumbered ? "（并移动）" : "";
            text.AppendLine($"{change.Kind.ChineseName()}{moved}\t{from} → {to}\t{caption}");
        }
        var counts = Enum.GetValues<ChangeKind>().Where(k => k != ChangeKind.Unchanged)
            .Select(k => $"{k.ChineseName()}{changes.Count(c => c.Kind == k)}");
        text.AppendLine($"共{changes.Count(c => c.Kind != ChangeKind.Unchanged)}处：{string.Join("，", counts)}；" +
            $"未变{changes.Count(c => c.Kind == ChangeKind.Unchanged)}");
        return text.ToString();
    }

    /// <summary>
    /// The list of technical changes the 前言 of a revision gives (GB/T 1.1-2020 8.3): moves are 结构调整 and left out;
    /// additions, changes and deletions are listed with where they are now and where they were.
    /// </summary>
    public static string PrefaceDraft(IReadOnlyList<ClauseChange> changes, DocumentNumber older)
    {
        var edition = older.Year is { } year ? $"{year}年版" : older.ToString();
        var items = changes.Select(c => c.Kind switch
        {
            ChangeKind.Added => $"——增加了“{c.New!.Caption}”（见{c.New.Label}）",
            ChangeKind.Modified => $"——更改了“{c.New!.Caption}”（见{c.New.Label}，{edition}的{c.Old!.Label}）",
            ChangeKind.Deleted => $"——删除了“{c.Old!.Caption}”（见{edition}的{c.Old.Label}）",
            _ => null,
        }).OfType<string>().ToList();
        var text = new StringBuilder();
        text.AppendLine($"本文件代替{older}，与{older}相比，除结构调整和编辑性改动外，主要技术变化如下：");
        for (var i = 0; i < items.Count; i++) text.AppendLine(items[i] + (i + 1 < items.Count ? "；" : "。"));
        return text.ToString();
    }
}

using StdKit.Generator.Docx.Styles;
using StdKit.Generator.Docx.Writers;
using StdKit.Generator.Systems;
using StdKit.Model.Committee;
using StdKit.Model.Metadata;

namespace StdKit.Generator.Committee;

/// <summary>
/// 征求意见表: the form sent out with a draft (the fields of the Yunnan DB53/T form) — who answers, the standard, and
/// a table of 标准章条编号, 意见内容, 修改建议 with room to write. Returned as .docx, it is read back by stdkit package.
/// </summary>
public static class CommentFormDocument
{
    /// <summary>
    /// Ideographic spaces give a blank field the width to be written in; they are trimmed when read back.
    /// </summary>
    private static string Blank(int characters) => new('\u3000', characters);

    /// <param name="reply">Where to send the form back, and by when: the sentence under the table.</param>
    public static void Write(string path, StandardMetadata standard, string draftingUnit, string? reply)
    {
        var name = $"{standard.Number}《{standard.Title}》（{standard.Stage.ChineseName()}）";
        SystemDocument.Write(path, standard.Number.ToString(), "征求意见表", doc =>
        {
            doc.Add(StyleIds.Paragraph, $"请对{name}提出意见，填写本表后返回标准起草单位。");
            var sender = CommentForm.SenderRows
                .Select(r => (IReadOnlyList<string>)[r.Item1, Blank(10), r.Item2, Blank(8)])
                .Append([CommentForm.Standard, name, CommentForm.DraftingUnit, draftingUnit]);
            TableWriter.Write(doc, "一、填表人基本情况", SystemTables.Grid(sender));
            var rows = Enumerable.Range(1, CommentForm.BlankRows)
                .Select(i => (IReadOnlyList<string>)[i.ToString(), Blank(4), Blank(16), Blank(12)]);
            TableWriter.Write(doc, "二、具体修改意见", SystemTables.Of(CommentForm.CommentHeader, rows), rowHeight: 800);
            doc.Add(StyleIds.Note, "注1：“标准章条编号”填写意见所针对的章条、表、图或附录的编号（如5.3.2、表1、附录A），" +
                "对前言填写“前言”，对整个文件的重大意见或建议填写“全文”。");
            doc.Add(StyleIds.Note, "注2：意见较多时可在表中增加行，请勿增删或改动表中的列。请以Word文件（.docx）返回本表。");
            if (reply is not null) doc.Add(StyleIds.Paragraph, reply);
        });
    }
}

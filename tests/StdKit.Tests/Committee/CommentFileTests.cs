using System.Text;
using StdKit.Build.Committee.Comments;
using StdKit.Generator.Committee;
using StdKit.Model.Committee;
using StdKit.Model.Diagnostics;
using StdKit.Tests.Import;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace StdKit.Tests.Committee;

public sealed class CommentFileTests : IDisposable
{
    private const string Title = "专精特新中小企业服务机构诚信服务规范";
    private const string Header = "标准章条编号,意见内容,修改建议,提出单位,处理意见,理由\n";
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static string Csv => Path.Combine(SampleCommittee.Folder, "comments", "意见汇总.csv");

    [Fact]
    public void The_sample_csv_gives_each_row_with_its_line_and_decision()
    {
        var comments = CommentFiles.Read(Csv, Title);
        Assert.Equal(14, comments.Count);
        var quoted = comments.Single(c => c.Clause == "3.1");
        // The cell with a comma inside quotes stays one cell.
        Assert.Contains("文号,不符合", quoted.Content);
        Assert.Equal(5, quoted.Source.Line);
        Assert.Equal(Decision.NotAdopted, quoted.Resolution!.Decision);
        Assert.StartsWith("定义与现行培育政策", quoted.Resolution.Reason);
        Assert.Equal("意见汇总.csv:5", quoted.Key);
        Assert.Equal(3, comments.Select(c => c.Unit).Distinct().Count());
    }

    [Fact]
    public void Yaml_comments_keep_the_line_of_their_entry()
    {
        var comments = CommentFiles.Read(Path.Combine(SampleCommittee.Folder, "comments", "深圳市信用促进会.yaml"), Title);
        Assert.Equal([2, 7, 12, 17, 22, 27], comments.Select(c => c.Source.Line));
        Assert.Equal("4.3.1 d)", comments[2].Clause);
        Assert.All(comments, c => Assert.Null(c.Resolution));
    }

    [Fact]
    public void An_xlsx_sheet_is_read_by_its_header_row_whatever_the_column_order()
    {
        var path = _temp.File("意见.xlsx");
        SampleCommittee.WriteWorkbook(path,
        [
            ["提出单位", "标准章条编号", "意见内容", "修改建议", "处理意见", "理由"],
            ["佛山市标准化协会", "4.3.5", "与4.3.4重复。", "删除。", "采纳", ""],
            [],
            ["佛山市标准化协会", "7.1", "标题缺字。", "改为“改进机制评价”。", "", ""],
        ]);
        var comments = CommentFiles.Read(path, Title);
        Assert.Equal(["4.3.5", "7.1"], comments.Select(c => c.Clause));
        Assert.Equal([2, 4], comments.Select(c => c.Source.Line));
        Assert.Equal(Decision.Adopted, comments[0].Resolution!.Decision);
        Assert.Null(comments[1].Resolution);
    }

    [Fact]
    public void A_returned_form_gives_its_comments_with_the_sender()
    {
        var form = WrittenForm();
        SampleCommittee.FillForm(form, "江门市中小企业服务中心", "梁伟",
            ("6.2.1 b)", "顾客主要需求宜形成书面记录。", "增加“并记录”。"), ("全文", "建议增加服务示例。", ""));
        var comments = CommentFiles.Read(form, Title);
        Assert.Equal(2, comments.Count);
        Assert.All(comments, c => Assert.Equal("江门市中小企业服务中心", c.Unit));
        Assert.Equal("梁伟", comments[0].Contact);
        Assert.Equal([2, 3], comments.Select(c => c.Source.Line));
        Assert.Equal("全文", comments[1].Clause);
    }

    [Fact]
    public void A_form_whose_table_was_altered_is_refused()
    {
        var form = WrittenForm();
        using (var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(form, true))
        {
            var table = document.MainDocumentPart!.Document.Body!.Elements<W.Table>().Last();
            var header = table.Elements<W.TableRow>().First();
            SampleCommittee.SetText(header.Elements<W.TableCell>().ElementAt(3), "理由");
        }
        var error = Assert.Throws<UserError>(() => CommentFiles.Read(form, Title));
        Assert.Contains("has been altered", error.Message);
        Assert.Contains("理由", error.Message);
    }

    [Fact]
    public void A_form_for_another_standard_or_without_a_sender_is_refused()
    {
        var form = WrittenForm();
        var error = Assert.Throws<UserError>(() => CommentFiles.Read(form, "另一项标准"));
        Assert.Contains("not for 《另一项标准》", error.Message);
        Assert.Contains("单位名称' is empty", error.Message);
    }

    [Fact]
    public void Rows_left_empty_in_a_numbered_template_are_skipped()
    {
        var path = _temp.Write("意见.csv", "序号," + Header + "1,5.3,意见,建议,佛山,,\n2,,,,,,\n3,,,,,,\n");
        Assert.Equal("5.3", Assert.Single(CommentFiles.Read(path, Title)).Clause);
    }

    [Fact]
    public void A_csv_without_a_required_column_names_it()
    {
        var path = _temp.Write("意见.csv", "标准章条编号,意见内容,提出单位\n5.3,意见,佛山\n");
        var error = Assert.Throws<UserError>(() => CommentFiles.Read(path, Title));
        Assert.Matches(@"意见\.csv:1: the column 修改建议 is missing — start the table with the header line", error.Message);
    }

    [Fact]
    public void A_gbk_csv_says_how_to_save_it_as_utf8()
    {
        var gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)!;
        var path = _temp.File("意见.csv");
        File.WriteAllBytes(path, gbk.GetBytes(Header + "5.3,意见,建议,佛山市标准化协会,,\n"));
        var error = Assert.Throws<UserError>(() => CommentFiles.Read(path, Title));
        Assert.Contains("意见.csv:1: the CSV file is not UTF-8", error.Message);
        Assert.Contains("CSV UTF-8", error.Message);
    }

    [Fact]
    public void Decisions_outside_the_list_and_unexplained_refusals_are_errors_with_their_line()
    {
        var path = _temp.Write("意见.csv", Header + "5.3,意见一,建议,佛山,同意,\n5.2,意见二,建议,佛山,未采纳,\n" +
            "5.1,意见三,建议,佛山,部分采纳,理由写了\n");
        var error = Assert.Throws<UserError>(() => CommentFiles.Read(path, Title));
        Assert.Equal(2, error.Diagnostics.Count);
        Assert.Equal(2, error.Diagnostics[0].Location!.Line);
        Assert.Equal("unknown 处理意见 '同意'", error.Diagnostics[0].Message);
        Assert.Equal("write one of 采纳 / 部分采纳 / 未采纳 (did you mean '采纳'?)", error.Diagnostics[0].Fix);
        Assert.Equal(3, error.Diagnostics[1].Location!.Line);
        Assert.Contains("未采纳 without a 理由", error.Diagnostics[1].Message);
    }

    private string WrittenForm()
    {
        var path = _temp.File("征求意见表.docx");
        CommentFormDocument.Write(path, SampleCommittee.ConsultationText().Metadata, "广东省信用管理师协会企业信用工作委员会", null);
        return path;
    }
}

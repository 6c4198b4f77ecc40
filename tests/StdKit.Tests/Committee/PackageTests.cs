using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using StdKit.Build.Committee;
using StdKit.Generator.Pdf;
using StdKit.Tests.Import;
using StdKit.Tests.Support;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace StdKit.Tests.Committee;

/// <summary>stdkit package run as a user runs it, on the sample drafting group and on spoiled copies of it.</summary>
public sealed class PackageTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private StdKitProcess.Result Package(string committee, string stage, params string[] more) =>
        StdKitProcess.Run(Repository.Root, ["package", committee, "--stage", stage, "-o", _temp.File("out"), .. more]);

    private string Out(string name) => Path.Combine(_temp.File("out"), name);

    private JsonElement Manifest() => JsonDocument.Parse(File.ReadAllText(Out("manifest.json"))).RootElement;

    [Fact]
    public void The_review_package_holds_the_text_notes_comment_table_and_changes()
    {
        var result = Package(SampleCommittee.Folder, "送审稿");
        Assert.Equal("", result.Error);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("共收到4个单位的20条意见，其中采纳7条，部分采纳3条，未采纳10条。", result.Out);
        var manifest = Manifest();
        Assert.Equal("送审稿", manifest.GetProperty("stage").GetString());
        Assert.Equal("征求意见稿", manifest.GetProperty("comparedWith").GetString());
        var files = manifest.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("file").GetString())
            .ToList();
        Assert.Equal([StagePackage.StandardFile, StagePackage.NotesFile, StagePackage.CommentTableFile,
            StagePackage.ChangeTableFile, StagePackage.ChangeTextFile], files);
        Assert.All(files, f => Assert.True(File.Exists(Out(f!)), f));
        Assert.False(File.Exists(Out(StagePackage.FormFile)));
    }

    [Fact]
    public void The_comment_table_lists_every_comment_in_clause_order_with_its_decision()
    {
        Assert.Equal(0, Package(SampleCommittee.Folder, "送审稿").ExitCode);
        using var document = WordprocessingDocument.Open(Out(StagePackage.CommentTableFile), false);
        var table = document.MainDocumentPart!.Document.Body!.Elements<W.Table>().First();
        var rows = table.Elements<W.TableRow>().Skip(1)
            .Select(r => r.Elements<W.TableCell>().Select(c => c.InnerText).ToList()).ToList();
        Assert.Equal(20, rows.Count);
        Assert.Equal(["全文", "前言", "引言", "1", "2", "3.1", "4.1.1", "4.1.3", "4.2", "4.3.1 d)", "4.3.5", "5.2.10",
            "6.2.1", "6.3", "6.4.3", "6.9", "7.1", "7.3", "7.4", "参考文献"], rows.Select(r => r[1]));
        Assert.Equal(Enumerable.Range(1, 20).Select(i => i.ToString()), rows.Select(r => r[0]));
        var twoPointOne = rows.Single(r => r[1] == "6.2.1");
        Assert.Equal(("深圳市信用促进会", "未采纳", "4.3.4已要求服务机构公开信用承诺。"), (twoPointOne[4], twoPointOne[5], twoPointOne[6]));
        // Turned pages: the table needs the width.
        var size = document.MainDocumentPart.Document.Body.Elements<W.SectionProperties>().Single()
            .GetFirstChild<W.PageSize>()!;
        Assert.Equal(W.PageOrientationValues.Landscape, size.Orient!.Value);
    }

    [Fact]
    public void The_notes_follow_the_structure_of_a_real_explanatory_note_and_count_the_comments()
    {
        Assert.Equal(0, Package(SampleCommittee.Folder, "送审稿").ExitCode);
        using var document = WordprocessingDocument.Open(Out(StagePackage.NotesFile), false);
        var paragraphs = document.MainDocumentPart!.Document.Body!.Descendants<W.Paragraph>().Select(p => p.InnerText)
            .ToList();
        var headings = paragraphs.Where(p => p.Length > 2 && p[1] == '、').ToList();
        Assert.Equal(["一、工作简况", "二、编制原则和确定主要内容的论据", "三、主要试验验证", "四、知识产权", "五、采用国际标准",
            "六、与法律法规和标准的协调性", "七、重大分歧意见的处理经过和依据", "八、贯彻标准的要求和措施建议"], headings);
        Assert.Contains("主要起草人：陈志远、林晓敏、黄国栋。", paragraphs);
        Assert.Contains("本标准的编制经过了以下阶段：2024年8月，形成征求意见稿；2024年11月，形成送审稿。", paragraphs);
        Assert.Contains(paragraphs,
            p => p.StartsWith("本标准规范性引用了2项文件：GB/T 22117—2018") && p.Contains("GB/T 31950—2022"));
        Assert.Contains("征求意见稿征求意见期间共收到4个单位的20条意见，其中采纳7条，部分采纳3条，未采纳10条。" +
            "各单位的意见数及其处理见表1，各条意见及其处理见《意见汇总处理表》。", paragraphs);
        Assert.Contains("表1　意见的处理情况", paragraphs);
        var byUnit = document.MainDocumentPart.Document.Body.Elements<W.Table>().Single().Elements<W.TableRow>()
            .Select(r => string.Join("|", r.Elements<W.TableCell>().Select(c => c.InnerText))).ToList();
        Assert.Equal(["提出单位|意见数|采纳|部分采纳|未采纳", "深圳市信用促进会|6|1|1|4", "佛山市标准化协会|5|2|0|3",
            "广州市中小企业服务中心|5|3|1|1", "东莞市中小企业服务机构联合会|4|1|1|2", "合计|20|7|3|10"], byUnit);
        Assert.Contains("——合规性：与信用管理和中小企业促进的法律法规、政策文件保持一致；", paragraphs.Select(p => p.Replace("\t", "")));
    }

    [Fact]
    public void The_consultation_package_carries_the_form_and_no_comment_table()
    {
        var result = Package(SampleCommittee.Folder, "征求意见稿");
        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(Out(StagePackage.FormFile)));
        Assert.False(File.Exists(Out(StagePackage.CommentTableFile)));
        Assert.False(File.Exists(Out(StagePackage.ChangeTableFile)));
        using var document = WordprocessingDocument.Open(Out(StagePackage.FormFile), false);
        Assert.Contains("T/GDCMA XXX—2024《专精特新中小企业服务机构诚信服务规范》（征求意见稿）", document.MainDocumentPart!.Document.InnerText);
    }

    [Fact]
    public void Every_document_of_both_packages_passes_the_Open_XML_validator()
    {
        foreach (var stage in new[] { "征求意见稿", "送审稿" })
        {
            Assert.Equal(0, Package(SampleCommittee.Folder, stage).ExitCode);
            foreach (var docx in Directory.EnumerateFiles(_temp.File("out"), "*.docx"))
            {
                using var document = WordprocessingDocument.Open(docx, false);
                var validator = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019);
                var errors = validator.Validate(document)
                    .Select(e => $"{Path.GetFileName(docx)} {e.Path?.XPath}: {e.Description}").ToList();
                Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10)));
            }
        }
    }

    [Fact]
    public void Returned_forms_and_a_workbook_given_on_the_command_line_join_the_comment_table()
    {
        var committee = SampleCommittee.CopyTo(_temp);
        Assert.Equal(0, Package(committee, "征求意见稿").ExitCode);
        var form = _temp.File("江门.docx");
        File.Copy(Out(StagePackage.FormFile), form);
        SampleCommittee.FillForm(form, "江门市中小企业服务中心", "梁伟", ("6.2.1 b)", "宜形成书面记录。", "增加“并记录”。"));
        var sheet = _temp.File("珠海.xlsx");
        SampleCommittee.WriteWorkbook(sheet, [["标准章条编号", "意见内容", "修改建议", "提出单位", "处理意见", "理由"],
            ["5.1", "服务对象宜包括创新型中小企业。", "补充。", "珠海市中小企业服务中心", "未采纳", "创新型中小企业已包括在服务对象中。"]]);

        // The returned form carries no decision: the review package waits for one, naming the comment.
        var result = Package(committee, "送审稿", "--comments", form, "--comments", sheet);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("江门.docx:2: the comment of 江门市中小企业服务中心 on 6.2.1 b) has no decision, so the 送审稿 cannot be packaged",
            Path.GetFileName(result.Error.Split(" — ")[0]));
        Assert.Equal("征求意见稿", Manifest().GetProperty("stage").GetString());

        File.AppendAllText(Path.Combine(committee, "decisions.yaml"), "- 意见: 江门.docx:2\n  处理意见: 采纳\n");
        result = Package(committee, "送审稿", "--comments", form, "--comments", sheet);
        Assert.Equal("", result.Error);
        Assert.Contains("共收到6个单位的22条意见，其中采纳8条，部分采纳3条，未采纳11条。", result.Out);
        using var document = WordprocessingDocument.Open(Out(StagePackage.CommentTableFile), false);
        var rows = document.MainDocumentPart!.Document.Body!.Elements<W.Table>().First().Elements<W.TableRow>()
            .Select(r => r.Elements<W.TableCell>().Select(c => c.InnerText).ToList()).ToList();
        Assert.Equal(["6.2.1", "6.2.1 b)", "6.3"], rows.Select(r => r[1]).SkipWhile(c => c != "6.2.1").Take(3));
        Assert.Contains(rows, r => r[4] == "珠海市中小企业服务中心" && r[1] == "5.1");
    }

    [Fact]
    public void A_comment_on_a_clause_that_does_not_exist_stops_the_package_and_nothing_is_written()
    {
        var result = Package(SampleCommittee.Folder, "送审稿", "--comments", SampleCommittee.Fixture("bad-clauses.csv"));
        Assert.Equal(2, result.ExitCode);
        var lines = result.Error.Trim().Split('\n');
        Assert.Equal(4, lines.Length);
        Assert.All(lines, l => Assert.Matches(@"bad-clauses\.csv:\d: 标准章条编号 .* does not exist in the 征求意见稿 .* — ", l));
        Assert.DoesNotContain("   at ", result.Error);
        Assert.False(Directory.Exists(_temp.File("out")));
    }

    [Fact]
    public void An_undecided_comment_blocks_the_review_package_but_not_the_consultation_package()
    {
        var committee = SampleCommittee.CopyTo(_temp);
        var decisions = Path.Combine(committee, "decisions.yaml");
        File.WriteAllText(decisions, File.ReadAllText(decisions).Replace("- 意见: 深圳市信用促进会.yaml:27\n  处理意见: 采纳\n", ""));
        Assert.Equal(0, Package(committee, "征求意见稿").ExitCode);
        Directory.Delete(_temp.File("out"), true);
        var result = Package(committee, "送审稿");
        Assert.Equal(2, result.ExitCode);
        Assert.Matches(
            @"^.*深圳市信用促进会\.yaml:27: the comment of 深圳市信用促进会 on 7\.4 has no decision, so the 送审稿 cannot be packaged — ",
            result.Error.Trim());
        Assert.False(Directory.Exists(_temp.File("out")));
    }

    [Fact]
    public void A_missing_part_of_the_notes_is_reported_with_the_heading_to_add()
    {
        var committee = SampleCommittee.CopyTo(_temp);
        var notes = Path.Combine(committee, "编制说明.md");
        File.WriteAllText(notes, File.ReadAllText(notes).Replace("# 知识产权\n\n本标准不涉及专利。\n\n", "")
            .Replace("# 主要试验验证", "# 主要试验"));
        var result = Package(committee, "征求意见稿");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("编制说明.md:37: '主要试验' is not a part of the 编制说明 — did you mean '# 主要试验验证'?", result.Error);
        Assert.Contains("编制说明.md:1: the 编制说明 has no part '知识产权' — add a '# 知识产权' heading", result.Error);
        Assert.False(Directory.Exists(_temp.File("out")));
    }

    [Fact]
    public void Notes_without_drafters_anywhere_name_both_places_to_put_them()
    {
        var committee = SampleCommittee.CopyTo(_temp);
        var notes = Path.Combine(committee, "编制说明.md");
        var text = File.ReadAllText(notes);
        var part = text.IndexOf("# 主要起草单位及起草人", StringComparison.Ordinal);
        File.WriteAllText(notes, text[..part] + text[text.IndexOf("# 简要编制过程", StringComparison.Ordinal)..]);
        var result = Package(committee, "征求意见稿");
        Assert.Equal(2, result.ExitCode);
        Assert.EndsWith("t-gdcma-integrity-service.md:1: the standard names no drafting units — " +
            "add drafting-units: and " +
            "drafters: to its front matter, or a '# 主要起草单位及起草人' part to " + notes, result.Error.Trim());
        Assert.False(Directory.Exists(_temp.File("out")));
    }

    [Fact]
    public void A_stage_the_group_has_not_reached_names_the_ones_it_has()
    {
        var result = Package(SampleCommittee.Folder, "报批稿");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("the drafting group has no 报批稿 — package one of its stages (征求意见稿, 送审稿)", result.Error);
    }

    [Fact]
    public void The_first_stage_of_a_revision_is_compared_with_the_published_edition()
    {
        var committee = SampleCommittee.CopyTo(_temp);
        var published = File.ReadAllText(SampleCommittee.Consultation).Replace("stage: 征求意见稿", "stage: 发布")
            .Replace("number: T/GDCMA XXX—2024", "number: T/GDCMA 001—2021").Replace("## 服务跟踪\n", "## 回访\n")
            .Replace("\n## 过程监测\n", "\n## 过程记录\n\n服务机构应记录服务过程。\n\n## 过程监测\n");
        File.WriteAllText(Path.Combine(committee, "2021年版.md"), published);
        var yaml = Path.Combine(committee, CommitteeFolder.FileName);
        var text = File.ReadAllText(yaml);
        File.WriteAllText(yaml, text[..text.IndexOf("  - stage: 送审稿", StringComparison.Ordinal)] +
            "previous: 2021年版.md\n" +
            text[text.IndexOf("# The 编制说明", StringComparison.Ordinal)..]);

        var result = Package(committee, "征求意见稿");
        Assert.Equal("", result.Error);
        Assert.Equal("2021年版", Manifest().GetProperty("comparedWith").GetString());
        Assert.True(File.Exists(Out(StagePackage.ChangeTableFile)));
        Assert.Equal("本文件代替T/GDCMA 001—2021，与T/GDCMA 001—2021相比，除结构调整和编辑性改动外，主要技术变化如下：\n" +
            "——更改了“服务跟踪”（见6.9，2021年版的6.9）；\n" +
            "——删除了“过程记录”（见2021年版的7.2）。\n", File.ReadAllText(Out(StagePackage.PrefaceDraftFile)));
    }

    [Fact]
    public void Compare_prints_the_changes_and_writes_the_table()
    {
        var result = StdKitProcess.Run(Repository.Root, "compare", SampleCommittee.Consultation, SampleCommittee.Review,
            "-o", _temp.File("修改对照表.docx"));
        Assert.Equal("", result.Error);
        Assert.StartsWith("征求意见稿 → 送审稿\n修改\t2 → 2\t规范性引用文件\n", result.Out);
        Assert.Contains("移动\t6.9 → 7.5\t服务跟踪\n", result.Out);
        using var document = WordprocessingDocument.Open(_temp.File("修改对照表.docx"), false);
        var rows = document.MainDocumentPart!.Document.Body!.Elements<W.Table>().Single().Elements<W.TableRow>().Skip(1)
            .Select(r => r.Elements<W.TableCell>().Select(c => c.InnerText).ToList()).ToList();
        Assert.Equal(11, rows.Count);
        Assert.Contains(rows, r => r[1] == "6.9" && r[3] == "7.5" && r[5] == "移动");
        Assert.Contains(rows, r => r[1] == "4.3.5" && r[3] == "—" && r[4] == "" && r[5] == "删除");
    }

    [Fact]
    public void Compare_with_a_missing_version_exits_2_and_writes_nothing()
    {
        var result = StdKitProcess.Run(Repository.Root, "compare", SampleCommittee.Consultation, "committees/none.md",
            "-o", _temp.File("修改对照表.docx"));
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("committees/none.md:1: no such file — check the path", result.Error);
        Assert.False(File.Exists(_temp.File("修改对照表.docx")));
    }

    /// <summary>Needs LibreOffice and poppler-utils, which .ci/run installs.</summary>
    [SkippableFact]
    public void The_documents_print_with_their_tables_on_turned_pages()
    {
        ExternalTools.Require("soffice", "libreoffice-writer");
        ExternalTools.Require("pdftotext", "poppler-utils");
        Assert.Equal(0, Package(SampleCommittee.Folder, "送审稿", "--pdf").ExitCode);
        var targets = new[] { StagePackage.NotesFile, StagePackage.CommentTableFile, StagePackage.ChangeTableFile }
            .Select(f => new PdfTarget(Out(f), Out(Path.ChangeExtension(f, ".pdf")))).ToList();
        new PdfConverter().Convert(targets);
        Assert.True(File.Exists(Out("标准文本.pdf")));
        var table = PdfToText.Read(targets[1].PdfPath);
        Assert.Contains("意见汇总处理表", table);
        Assert.Contains("4.3.4已要求服务机构公开信用承诺。", table.Replace(" ", ""));
        var notes = PdfToText.Read(targets[0].PdfPath);
        Assert.Contains("八、贯彻标准的要求和措施建议", notes);
        var pages = PdfPages(targets[2].PdfPath);
        Assert.True(pages.Width > pages.Height, $"修改对照表 page is {pages.Width}×{pages.Height}");
    }

    private static (double Width, double Height) PdfPages(string pdf)
    {
        var start = new System.Diagnostics.ProcessStartInfo("pdfinfo") { RedirectStandardOutput = true };
        start.ArgumentList.Add(pdf);
        using var process = System.Diagnostics.Process.Start(start)!;
        var size = process.StandardOutput.ReadToEnd().Split('\n').Single(l => l.StartsWith("Page size:"));
        process.WaitForExit();
        var numbers = System.Text.RegularExpressions.Regex.Matches(size, @"[\d.]+").Select(m => double.Parse(m.Value))
            .ToList();
        return (numbers[0], numbers[1]);
    }
}

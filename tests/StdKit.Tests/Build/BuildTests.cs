using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using W = DocumentFormat.OpenXml.Wordprocessing;
using StdKit.Model.Diagnostics;
using StdKit.Tests.Support;
using Wps = DocumentFormat.OpenXml.Office2010.Word.DrawingShape;

namespace StdKit.Tests.Build;

public sealed class BuildTests : IDisposable
{
    private readonly SystemTree _tree = new();

    public void Dispose() => _tree.Dispose();

    private string Agency(string id) => Path.Combine(_tree.Out, id);

    [Fact]
    public void The_system_holds_the_applicable_standards_numbered_by_layer_category_and_sequence()
    {
        var plan = _tree.Plan();
        var numbers = plan.Outputs
            .Where(o => o.Standard is not null)
            .Select(o => (o.Standard!.Number, o.Standard.Title))
            .ToList();
        Assert.Equal(
        [
            ("Q/YNSME 10101—2025", "标准化工作管理规范"),
            ("Q/YNSME 20301—2025", "融资服务规范"),
            ("Q/YNSME 20302—2025", "服务实施流程通用规范"),
            ("Q/YNSME 40101—2025", "主任岗位工作标准"),
            ("Q/YNSME 40201—2025", "服务部部长岗位工作标准"),
            ("Q/YNSME 40301—2025", "服务专员岗位工作标准"),
        ], numbers);
        Assert.Equal(["GB/T 19001—2016", "DB53/T 1117—2022"],
            plan.System.Members.Where(m => m.Adopted).Select(m => m.Number));
        Assert.Equal(["国家标准", "地方标准"], plan.System.Members.Where(m => m.Adopted).Select(m => m.Level));
    }

    [Fact]
    public void Agencies_get_different_systems_as_their_profiles_say()
    {
        var training = _tree.Plan("qujing-training").Outputs
            .Where(o => o.Standard is not null)
            .Select(o => o.Standard!.Title)
            .ToList();
        Assert.DoesNotContain("融资服务规范", training); // qujing-training offers no 融资服务
        Assert.Equal(4, training.Count(t => t.EndsWith("岗位工作标准"))); // one per post: 院长, 教务处处长, 培训讲师, 创业导师
        var guarantee = _tree.Plan("kunming-guarantee").Outputs
            .Where(o => o.Standard is not null)
            .Select(o => o.Standard!.Number)
            .ToList();
        Assert.Contains("Q/KMRD 20301—2025", guarantee);
    }

    [Fact]
    public void The_standard_list_gives_the_titles_the_widest_column()
    {
        // The sample agency's real system, whose titles run to twenty characters.
        var project = StdKit.Content.Project.ContentProject.Load(Repository.Content);
        var system = new StdKit.Build.SystemPlanner(project).Plan(project.DefaultAgency, pdf: false).System;
        var path = Path.Combine(_tree.Root, "标准明细表.docx");
        StdKit.Generator.Systems.StandardListDocument.Write(path, system);
        using var list = WordprocessingDocument.Open(path, false);
        var table = list.MainDocumentPart!.Document.Body!.Elements<W.Table>().Single();
        var widths = table.GetFirstChild<W.TableGrid>()!
            .Elements<W.GridColumn>().Select(c => int.Parse(c.Width!.Value!)).ToList();
        var header = table.Elements<W.TableRow>().First().Elements<W.TableCell>()
            .Select(c => c.InnerText).ToList();
        var title = header.IndexOf("标准名称");
        Assert.Equal(widths.Max(), widths[title]);
        // At least ten characters of 小五 (9 pt = 180 twips) a line, so that titles do not fall apart.
        Assert.True(widths[title] >= 10 * 180, $"标准名称 is {widths[title]} twips wide");
        Assert.True(widths[header.IndexOf("标准编号")] < widths[title]);
    }

    [Fact]
    public void Build_writes_standards_system_documents_and_a_manifest()
    {
        var report = _tree.Build();
        Assert.Equal(6, report.Standards);
        var folder = Agency("yunnan-sme-centre");
        Assert.True(File.Exists(Path.Combine(folder, "standards", "Q-YNSME 20301—2025 融资服务规范.docx")));
        foreach (var document in new[] { "标准体系结构图.docx", "标准明细表.docx", "标准统计表.docx", "编制说明.docx" })
            Assert.True(File.Exists(Path.Combine(folder, document)), document);
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json")));
        var first = manifest.RootElement.GetProperty("standards")[0];
        Assert.Equal("Q/YNSME 10101—2025", first.GetProperty("number").GetString());
        Assert.Equal("服务基础", first.GetProperty("layer").GetString());
        Assert.Equal("标准化导则", first.GetProperty("category").GetString());
        Assert.Equal("standards/Q-YNSME 10101—2025 标准化工作管理规范.docx", first.GetProperty("file").GetString());
        Assert.Equal(64, first.GetProperty("hash").GetString()!.Length);
    }

    [Fact]
    public void Re_running_on_unchanged_input_rewrites_nothing_and_a_change_rewrites_only_what_it_touches()
    {
        _tree.Build();
        var folder = Agency("yunnan-sme-centre");
        var times = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => f, File.GetLastWriteTimeUtc);
        var again = _tree.Build();
        Assert.Equal(0, again.Written);
        Assert.All(times, t => Assert.Equal(t.Value, File.GetLastWriteTimeUtc(t.Key)));

        _tree.Library("financing.md", "融资服务规范",
            "layer: 服务实施\n  category: 服务实施流程\n  applies-when:\n    services: [融资服务]",
            "融资服务应在5个工作日内答复。\n");
        var changed = _tree.Build();
        Assert.Equal(1, changed.Written);
    }

    [Fact]
    public void A_failure_halfway_leaves_the_previous_system_whole()
    {
        _tree.Build();
        var folder = Agency("yunnan-sme-centre");
        var before = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => f,
                f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
        // A change that touches every file, and a last file that cannot be written.
        var profile = Path.Combine(_tree.Content, "agencies", "yunnan-sme-centre.yaml");
        File.WriteAllText(profile, File.ReadAllText(profile).Replace("云南省中小企业服务中心", "云南省中小企业服务总中心"));
        var last = _tree.Plan().Outputs[^1].File;
        Directory.CreateDirectory(Path.Combine(folder, last + ".partial"));

        Assert.ThrowsAny<IOException>(() => _tree.Build());
        Directory.Delete(Path.Combine(folder, last + ".partial"));
        Assert.Equal(before.Keys.Order(), Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order());
        Assert.All(before, file => Assert.Equal(file.Value,
            Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(file.Key)))));
    }

    [Fact]
    public void A_pdf_of_an_earlier_build_goes_when_its_docx_is_rewritten_without_one()
    {
        _tree.Build();
        var folder = Agency("yunnan-sme-centre");
        var docx = Directory.EnumerateFiles(folder, "*.docx", SearchOption.AllDirectories).First();
        var stale = Path.ChangeExtension(docx, ".pdf");
        File.WriteAllText(stale, "an earlier print");
        var profile = Path.Combine(_tree.Content, "agencies", "yunnan-sme-centre.yaml");
        File.WriteAllText(profile, File.ReadAllText(profile).Replace("云南省中小企业服务中心", "云南省中小企业服务总中心"));
        _tree.Build();
        Assert.False(File.Exists(stale));
    }

    [Fact]
    public void System_documents_are_valid_and_the_chart_is_an_editable_drawing()
    {
        _tree.Build();
        var folder = Agency("yunnan-sme-centre");
        foreach (var file in Directory.EnumerateFiles(folder, "*.docx", SearchOption.AllDirectories))
        {
            using var document = WordprocessingDocument.Open(file, false);
            Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document));
        }
        using var chart = WordprocessingDocument.Open(Path.Combine(folder, "标准体系结构图.docx"), false);
        var shapes = chart.MainDocumentPart!.Document.Body!.Descendants<Wps.WordprocessingShape>().ToList();
        var boxes = shapes
            .Where(s => s.GetFirstChild<Wps.TextBoxInfo2>() is not null)
            .Select(s => s.InnerText)
            .ToList();
        // 图1: the system, 4 layers and 25 categories; 图2–图5: each layer and its categories.
        Assert.Equal(1 + 4 + 25 + (4 + 25), boxes.Count);
        Assert.Contains("云南省中小企业服务中心标准体系", boxes);
        Assert.Contains("200 服务实施标准体系", boxes);
        Assert.Contains(shapes, s => s.Descendants<DocumentFormat.OpenXml.Drawing.PresetGeometry>()
            .Any(g => g.Preset?.Value == DocumentFormat.OpenXml.Drawing.ShapeTypeValues.Line));
    }

    [Theory]
    [InlineData("type: 综合性服务机构", "type: 咨询公司", "unknown agency type '咨询公司'", "综合性服务机构、专业类服务机构")]
    [InlineData("  - 融资服务\n", "  - 贷款服务\n", "unknown service '贷款服务'", "政策服务、信息服务、融资服务")]
    [InlineData("    level: 决策层\n", "", "post '主任' has no level", "决策层 / 管理层 / 一般人员")]
    [InlineData("year: 2025", "year: twenty", "'twenty' is not a year", "four digits")]
    [InlineData("    duties:\n      - 主持中心全面工作，组织制定发展规划和年度工作计划\n      - 批准发布本中心标准体系和管理制度\n",
        "    duties: 5\n", "the duties of post '主任' are not a list", "- ")]
    public void A_bad_profile_is_a_clear_error_and_leaves_the_previous_output_untouched(
        string good, string bad, string message, string fix)
    {
        _tree.Build();
        var before = Snapshot();
        var profile = Path.Combine(_tree.Content, "agencies", "yunnan-sme-centre.yaml");
        File.WriteAllText(profile, ReplaceFirst(File.ReadAllText(profile), good, bad));
        var e = Assert.Throws<UserError>(() => _tree.Build());
        var d = Assert.Single(e.Diagnostics);
        Assert.Equal(profile, d.Location!.File);
        Assert.True(d.Location!.Line > 1);
        Assert.StartsWith(message, d.Message);
        Assert.Contains(fix, d.Fix);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void A_template_reading_a_field_the_profile_lacks_is_an_error_at_the_template_line()
    {
        var path = _tree.Library("guide.md", "标准化工作管理规范", "layer: 服务基础\n  category: 标准化导则",
            "# 要求\n\n由{{ agency.quality_manager }}负责。\n");
        var e = Assert.Throws<UserError>(() => _tree.Plan());
        var d = e.Diagnostics.Single();
        Assert.Equal(Path.GetFileName(path), Path.GetFileName(d.Location!.File));
        Assert.Equal(18, d.Location!.Line);
        Assert.Contains("quality_manager", d.Message);
    }

    [Fact]
    public void Two_standards_with_the_same_number_are_an_error()
    {
        var framework = Path.Combine(_tree.Content, "framework", "framework.yaml");
        File.WriteAllText(framework,
            File.ReadAllText(framework).Replace("{category:D2}{sequence:D2}", "{category:D2}"));
        var e = Assert.Throws<UserError>(() => _tree.Plan());
        Assert.All(e.Diagnostics,
            d => Assert.StartsWith("two standards would get the number Q/YNSME 203—2025", d.Message));
        Assert.Contains("{sequence}", e.Diagnostics[0].Fix);
    }

    [Fact]
    public void An_unknown_category_lists_the_valid_ones()
    {
        _tree.Library("odd.md", "测试", "layer: 服务保障\n  category: 后勤");
        var e = Assert.Throws<UserError>(() => _tree.Project());
        Assert.Equal("unknown category '后勤' in layer 服务保障", e.Diagnostics.Single().Message);
        Assert.Contains("人事、财务、采购", e.Diagnostics.Single().Fix);
    }

    private Dictionary<string, DateTime> Snapshot() =>
        Directory.EnumerateFiles(_tree.Out, "*", SearchOption.AllDirectories)
            .ToDictionary(f => f, File.GetLastWriteTimeUtc);

    private static string ReplaceFirst(string text, string what, string with)
    {
        var at = text.IndexOf(what, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{what}' not in the profile");
        return text[..at] + with + text[(at + what.Length)..];
    }
}

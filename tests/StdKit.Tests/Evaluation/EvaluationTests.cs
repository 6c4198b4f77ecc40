using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Snapshooter;
using Snapshooter.Xunit;
using StdKit.Content.Project;
using StdKit.Evaluation;
using StdKit.Evaluation.Engine;
using StdKit.Evaluation.Evidence;
using StdKit.Evaluation.Reports;
using StdKit.Evaluation.Schemes;
using StdKit.Model.Diagnostics;
using StdKit.Tests.Search;
using StdKit.Tests.Support;

namespace StdKit.Tests.Evaluation;

/// <summary>The sample agencies evaluated against the schemes of content/evaluation/, with the real knowledge
/// base.</summary>
public sealed class EvaluationTests(SampleKnowledgeBase kb) : IClassFixture<SampleKnowledgeBase>
{
    private static EvaluationResult Evaluate(string agency, EvidenceFinder? evidence = null, string root = "")
    {
        var content = root.Length == 0 ? Repository.Content : root;
        return new AgencyEvaluation(ContentProject.Load(content), EvaluationSet.Load(content))
            .Run(agency, null, [], evidence is null ? null : () => evidence);
    }

    private static SchemeResult Scheme(EvaluationResult result, string id) => result.Schemes.Single(
        s => s.Scheme.Id == id);

    [Theory]
    [InlineData("yunnan-sme-centre", 4, 4, "营业收入")]
    [InlineData("kunming-guarantee", 3, 3, "专业服务人员")]
    [InlineData("qujing-training", 2, 1, "专业服务人员")]
    public void Each_sample_agency_reaches_its_own_levels(string agency, int stars, int maturity, string holdsBack)
    {
        var result = Evaluate(agency);
        var star = Scheme(result, "star-rating");
        Assert.Equal(stars, star.Level);
        Assert.Equal(maturity, Scheme(result, "capability-maturity").Level);
        // What keeps the agency from the next star is named with how far short it is.
        Assert.Contains(star.Blocking, b => b.StartsWith(holdsBack + "：差", StringComparison.Ordinal));
    }

    [Fact]
    public void The_system_review_finds_the_replaced_standard_and_the_short_trial()
    {
        var yunnan = Scheme(Evaluate("yunnan-sme-centre"), "system-review");
        var currency = yunnan.Criteria.Single(c => c.Criterion.Name == "现行有效性");
        Assert.Contains(currency.Details, d => d.StartsWith("GB/T 24421.3—2009已被GB/T 24421.3—2023代替",
            StringComparison.Ordinal));
        Assert.Equal(100, double.Parse(yunnan.Criteria.Single(c => c.Criterion.Name == "完整性").Value!.TrimEnd('%')));
        var qujing = Scheme(Evaluate("qujing-training"), "system-review");
        Assert.Equal(0, qujing.Level);
        Assert.Contains(qujing.Blocking, b => b.StartsWith("前提条件“试运行时间”不满足", StringComparison.Ordinal));
        Assert.Equal("1个月", qujing.Preconditions.Single().Value);
    }

    [Fact]
    public void Survey_answers_give_the_satisfaction_figure_that_the_star_rating_uses()
    {
        var result = Evaluate("kunming-guarantee");
        var survey = result.Survey!;
        Assert.Equal(16, survey.Questionnaires);
        Assert.InRange(survey.Figure, 80, 90);
        var satisfaction = Scheme(result, "star-rating").Criteria.Single(c => c.Criterion.Name == "服务满意度");
        Assert.StartsWith($"{Evaluator.Format(survey.Figure)}%（问卷16份）", satisfaction.Value);
        Assert.Equal(4, satisfaction.Level);
    }

    [Fact]
    public void A_missing_indicator_is_not_assessed_and_names_the_star_it_prevents()
    {
        var revenue = Scheme(Evaluate("qujing-training"), "star-rating").Criteria.Single(
            c => c.Criterion.Name == "营业收入");
        Assert.False(revenue.Assessed);
        Assert.Equal(3, revenue.Level);
        Assert.Equal("未填报，无法达到四星", revenue.Shortfall);
    }

    [Fact]
    public void Evidence_comes_from_the_agencys_own_standards_and_unaddressed_criteria_are_gaps()
    {
        var result = Evaluate("yunnan-sme-centre", new EvidenceFinder(kb.Search.Run));
        var response = Scheme(result, "star-rating").Criteria.Single(c => c.Criterion.Name == "服务响应时间");
        Assert.NotEmpty(response.Evidence);
        Assert.All(response.Evidence, e => Assert.StartsWith("Q/YNSME ", e.Standard));
        Assert.All(response.Evidence, e => Assert.Contains("响应", e.Text));
        Assert.Contains(result.Gaps!, g => g.Name == "服务年限");
        Assert.DoesNotContain(result.Gaps!, g => g.Name == "服务响应时间");
    }

    [Fact]
    public void The_report_and_the_questionnaire_pass_the_Open_XML_validator()
    {
        var folder = Directory.CreateTempSubdirectory("stdkit-report-").FullName;
        try
        {
            var result = Evaluate("yunnan-sme-centre", new EvidenceFinder(kb.Search.Run));
            var report = Path.Combine(folder, SelfEvaluationReport.FileName(result));
            SelfEvaluationReport.Write(report, result);
            var questionnaire = Path.Combine(folder, "问卷.docx");
            var set = EvaluationSet.Load(Repository.Content);
            QuestionnaireDocument.Write(questionnaire, set.Surveys.Single(), result.AgencyName);
            foreach (var path in new[] { report, questionnaire })
            {
                using var document = WordprocessingDocument.Open(path, false);
                var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019)
                    .Validate(document)
                    .Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
                Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10)));
            }
            using var written = WordprocessingDocument.Open(report, false);
            var text = written.MainDocumentPart!.Document.Body!.InnerText;
            // One chart a domain of capability, and the evidence table with a clause of the agency's standards.
            Assert.Contains("图6", text);
            Assert.Contains("Q/YNSME 10601—2025", text);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Text_report_of_the_provincial_centre() =>
        Snapshot.Match(TextReport.Write(Evaluate("yunnan-sme-centre")).Split('\n'),
            SnapshotNameExtension.Create("yunnan"));
}

/// <summary>Mistakes in facts, answers and schemes: file:line, what is wrong and how to fix it.</summary>
public sealed class EvaluationBadInputTests : IDisposable
{
    private readonly EvaluationContent _copy = new();
    private const string Facts = "agencies/kunming-guarantee/evaluation-2025.yaml";
    private const string Survey = "agencies/kunming-guarantee/survey-2025.csv";

    public void Dispose() => _copy.Dispose();

    private string Error()
    {
        var e = Assert.Throws<UserError>(() =>
            new AgencyEvaluation(ContentProject.Load(_copy.Content), EvaluationSet.Load(_copy.Content))
                .Run("kunming-guarantee", null, [], null));
        return string.Join("\n", e.Diagnostics);
    }

    private int LineOf(string relative, string text) =>
        File.ReadAllLines(Path.Combine(_copy.Content, relative)).ToList().FindIndex(l => l.Contains(text)) + 1;

    [Theory]
    [InlineData("注册资本: 1亿元", "注册资本: 50 m²", "注册资本: '50 m²' is in 平方米, not in 万元 — write the value in 万元")]
    [InlineData("注册资本: 1亿元", "注册资本: 5000", "注册资本: '5000' has no unit — ")]
    [InlineData("服务合同履约率: 96%", "服务合同履约率: 120%", "服务合同履约率 is a percentage over 100 ('120%') — ")]
    [InlineData("服务合同履约率: 96%", "服务合同达约率: 96%", "no criterion '服务合同达约率' in the schemes — did you mean '服务合同履约率'?")]
    [InlineData("人员规模: {level: 三星,", "人员规模: {level: 六星,", "'六星' is not a level of '人员规模' — ")]
    public void A_wrong_value_is_reported_at_its_line(string from, string to, string expected)
    {
        _copy.Edit(Facts, from, to);
        var error = Error();
        Assert.Contains($"evaluation-2025.yaml:{LineOf(Facts, to)}: {expected}", error);
    }

    [Fact]
    public void An_answer_out_of_range_is_reported_at_its_row()
    {
        _copy.Edit(Survey, "002,一事一评,4,4,2", "002,一事一评,4,7,2");
        Assert.Contains(
            $"survey-2025.csv:3: questionnaire 002: the answer '7' to Q2 is out of range — answer 5/4/3/2/1", Error());
    }

    [Fact]
    public void A_check_of_a_standard_outside_the_system_is_reported()
    {
        _copy.Edit(Facts, "Q/KMRD 10101—2025: 1次", "Q/KMRD 10109—2025: 1次");
        Assert.Contains($"evaluation-2025.yaml:{LineOf(Facts, "10109")}: " +
            "Q/KMRD 10109—2025 is not a standard of the agency's own system", Error());
    }

    [Fact]
    public void A_scheme_cell_that_is_no_threshold_is_reported()
    {
        _copy.Edit("evaluation/star-rating.yaml", "cells: [√, √, ≥5, ≥50, ≥100]", "cells: [√, √, ≥5, ≥五十, ≥100]");
        Assert.Contains(
            $"star-rating.yaml:{LineOf("evaluation/star-rating.yaml", "≥五十")}: the cell '≥五十' is not a threshold",
            Error());
    }

    [Fact]
    public void The_command_exits_2_names_the_line_and_writes_nothing()
    {
        _copy.Edit(Facts, "注册资本: 1亿元", "注册资本: 50 m²");
        var result = StdKitProcess.Run(_copy.Root, "evaluate", "--agency", "kunming-guarantee");
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"content/{Facts}:{LineOf(Facts, "50 m²")}: 注册资本: '50 m²' is in 平方米", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
        Assert.False(Directory.Exists(Path.Combine(_copy.Root, "out")));
    }

    [Theory]
    [InlineData("--agency", "kunmin-guarantee", "kunmin-guarantee:1: no agency profile 'kunmin-guarantee'")]
    [InlineData("--scheme", "star-ratings",
        "--scheme:1: no evaluation scheme 'star-ratings' — did you mean 'star-rating'?")]
    public void An_unknown_agency_or_scheme_is_a_user_error(string option, string value, string expected)
    {
        string[] args = option == "--agency" ? ["evaluate", "--agency", value] : ["evaluate", "--agency",
            "kunming-guarantee", option, value];
        var result = StdKitProcess.Run(_copy.Root, args);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith(expected, result.Error);
        Assert.False(Directory.Exists(Path.Combine(_copy.Root, "out")));
    }
}

/// <summary>The command as a user runs it: the knowledge base filled on the way, the result,
/// the files written.</summary>
public sealed class EvaluateCommandTests : IDisposable
{
    private readonly EvaluationContent _copy = new();

    public void Dispose() => _copy.Dispose();

    [Fact]
    public void Evaluate_prints_the_levels_as_JSON_and_writes_the_report_and_the_questionnaire()
    {
        var result = StdKitProcess.Run(_copy.Root, "evaluate", "--agency", "qujing-training", "--json");
        Assert.True(result.ExitCode == 0, result.Error);
        using var json = System.Text.Json.JsonDocument.Parse(result.Out);
        var levels = json.RootElement.GetProperty("schemes").EnumerateArray()
            .ToDictionary(s => s.GetProperty("id").GetString()!, s => s.GetProperty("level").GetInt32());
        Assert.Equal(2, levels["star-rating"]);
        Assert.Equal(1, levels["capability-maturity"]);
        Assert.Equal(0, levels["system-review"]);
        Assert.Contains("服务年限", json.RootElement.GetProperty("gaps").EnumerateArray().Select(g => g.GetString()));
        var folder = Path.Combine(_copy.Root, "out", "qujing-training");
        Assert.True(File.Exists(Path.Combine(folder, "自评报告（2025年度）.docx")));
        Assert.True(File.Exists(Path.Combine(folder, "服务满意度调查问卷.docx")));
    }
}

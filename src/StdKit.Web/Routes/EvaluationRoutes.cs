using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using StdKit.Evaluation.Reports;
using StdKit.Web.Access;
using StdKit.Web.Library;
using StdKit.Web.Pages;

namespace StdKit.Web.Routes;

/// <summary>自评: an agency's levels, what holds them back, the evidence in its standards and the gaps, and the
/// report.</summary>
public static class EvaluationRoutes
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/systems/{agency}/evaluation", (string agency, KnowledgeBaseAccess kb, Evaluations evaluations,
            AccessPolicy access) =>
            Check(agency, kb, evaluations, access)
                ?? PageResults.Page<EvaluationPage>(new { Result = evaluations.Of(agency) })).Allow();

        app.MapGet("/systems/{agency}/evaluation/report.docx", (string agency, KnowledgeBaseAccess kb,
            Evaluations evaluations, AccessPolicy access) =>
        {
            if (Check(agency, kb, evaluations, access) is { } refused) return refused;
            var result = evaluations.Of(agency);
            var bytes = StandardRoutes.Temporary(path => SelfEvaluationReport.Write(path, result), ".docx");
            return Results.File(bytes, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                SelfEvaluationReport.FileName(result));
        }).Allow();
    }

    /// <summary>The page that answers an agency the knowledge base does not hold, or one without facts; null if
    /// fine. Facts the reader may not see are answered as no facts.</summary>
    private static IResult? Check(string agency, KnowledgeBaseAccess kb, Evaluations evaluations, AccessPolicy access)
    {
        if (kb.Agencies.All(a => a.Id != agency))
            return PageResults.NotFound($"知识库中没有机构“{agency}”的标准体系", "请从“体系”页面选择机构；其他机构需先运行 stdkit index --agency。");
        if (!access.MaySeeEvaluation(agency) || !evaluations.HasFacts(agency))
            return PageResults.NotFound($"机构“{agency}”还没有自评数据",
                "自评数据写在 content/agencies/<机构>/evaluation-<年度>.yaml（见 docs/evaluation.md）。");
        return null;
    }
}

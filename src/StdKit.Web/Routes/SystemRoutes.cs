using System.IO.Compression;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using StdKit.Web.Access;
using StdKit.Web.Library;
using StdKit.Web.Pages;
using StdKit.Web.Rendering;

namespace StdKit.Web.Routes;

/// <summary>体系: each agency's system — chart, 明细表, 统计表 — and its documents as a build writes them.</summary>
public static class SystemRoutes
{
    public static void Map(WebApplication app)
    {
        app.MapGet(Links.Systems, (KnowledgeBaseAccess kb) =>
            PageResults.Page<SystemListPage>(new { Agencies = kb.Agencies })).Allow();

        app.MapGet("/systems/{agency}",
            (string agency, HttpRequest http, KnowledgeBaseAccess kb, StandardDocuments documents,
            Evaluations evaluations, AccessPolicy access) =>
        {
            if (!Known(kb, agency)) return UnknownAgency(agency);
            var sort = http.Query["sort"].ToString() is { Length: > 0 } s ? s : null;
            if (sort is not null && !SystemView.SortKeys.Contains(sort))
                return PageResults.BadRequest($"明细表不能按“{sort}”排序", $"可按：{string.Join("、", SystemView.SortKeys)}。");
            var indexed = kb.Standards.Where(access.MayRead).Select(l => l.Number).ToHashSet();
            return PageResults.Page<SystemPage>(new
            {
                View = new SystemView(agency, documents.System(agency, access.MaySeeDraftsOf(agency)), sort,
                    indexed), Evaluated =
                    access.MaySeeEvaluation(agency) && evaluations.HasFacts(agency),
            });
        }).Allow("sort");

        app.MapGet("/systems/{agency}/download/{file}",
            (string agency, string file, KnowledgeBaseAccess kb, StandardDocuments documents, AccessPolicy access) =>
        {
            if (!Known(kb, agency)) return UnknownAgency(agency);
            var plan = documents.System(agency, access.MaySeeDraftsOf(agency));
            // Only the system documents a build writes, by their file name; nothing else is looked up.
            var output = plan.Outputs.FirstOrDefault(o => o.Standard is null && o.File == file);
            if (output is null) return PageResults.NotFound($"体系中没有文件“{file}”", "请从体系页面的下载链接下载。");
            var bytes = StandardRoutes.Temporary(output.Write, Path.GetExtension(file));
            return Results.File(bytes, StandardRoutes.DocxType, file);
        }).Allow();

        app.MapGet("/systems/{agency}/system.zip",
            (string agency, KnowledgeBaseAccess kb, StandardDocuments documents, AccessPolicy access) =>
        {
            if (!Known(kb, agency)) return UnknownAgency(agency);
            var plan = documents.System(agency, access.MaySeeDraftsOf(agency));
            var folder = Directory.CreateTempSubdirectory("stdkit-web-");
            try
            {
                // The files of a build, in the folders a build writes them to.
                foreach (var output in plan.Outputs)
                {
                    var path = Path.Combine(folder.FullName, output.File);
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    output.Write(path);
                }
                var zip = new MemoryStream();
                ZipFile.CreateFromDirectory(folder.FullName, zip, CompressionLevel.Fastest,
                    includeBaseDirectory: false);
                return Results.File(zip.ToArray(), "application/zip",
                    StandardRoutes.FileName(plan.System.AgencyName + "标准体系") + ".zip");
            }
            finally
            {
                folder.Delete(recursive: true);
            }
        }).Allow();
    }

    private static bool Known(KnowledgeBaseAccess kb, string agency) => kb.Agencies.Any(a => a.Id == agency);

    private static IResult UnknownAgency(string agency) =>
        PageResults.NotFound($"知识库中没有机构“{agency}”的标准体系", "请从“体系”页面选择机构；其他机构需先运行 stdkit index --agency。");
}

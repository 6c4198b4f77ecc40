using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using StdKit.Generator;
using StdKit.Model.Body;
using StdKit.Search.Knowledge;
using StdKit.Web.Access;
using StdKit.Web.Comments;
using StdKit.Web.Library;
using StdKit.Web.Pages;
using StdKit.Web.Rendering;

namespace StdKit.Web.Routes;

/// <summary>标准: the list of standards, each standard's reading view, its figures, its .docx and its PDF.</summary>
public static class StandardRoutes
{
    internal const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static void Map(WebApplication app)
    {
        app.MapGet(Links.Standards, (HttpRequest http, KnowledgeBaseAccess kb, AccessPolicy access) =>
        {
            string? Value(string name) => http.Query[name].ToString() is { Length: > 0 } v ? v : null;
            var (agency, layer, category) = (Value("agency"), Value("layer"), Value("category"));
            var standards = kb.Standards
                .Where(s => access.MayRead(s) && (agency is null || s.Agency == agency)
                    && (layer is null || s.Layer == layer)
                    && (category is null || s.Category == category)).ToList();
            return PageResults.Page<StandardListPage>(
                new { Standards = standards, Agency = agency, Layer = layer, Category = category });
        }).Allow("agency", "layer", "category");

        app.MapGet("/standards/{**number}",
            (string number, HttpRequest http, KnowledgeBaseAccess kb, StandardDocuments documents,
            ReadingViews views, PrintedStandards printed, AccessPolicy access) =>
        {
            if (Find(kb, access, number) is not { } listed) return UnknownStandard(number);
            var mode = http.Query["view"].ToString() switch
            {
                "" => ReadingMode.Full,
                "provisions" => ReadingMode.Provisions,
                "requirements" => ReadingMode.Requirements,
                var other => (ReadingMode?)null,
            };
            if (mode is null)
                return PageResults.BadRequest($"没有“{http.Query["view"]}”这种视图",
                    "view 可为 provisions（标出条款类型）或 requirements（只看要求）。");
            var read = documents.Read(listed);
            var body = views.Body(kb, read, mode.Value, access);
            return PageResults.Page<StandardPage>(new
            {
                Read = read, Mode = mode.Value, Body = body, Pdf = printed.Available,
                Comments = http.HttpContext.RequestServices.GetService<ICommentStore>() is not null,
            });
        }).Allow("view").Cached();

        app.MapGet("/download/standard/{**number}",
            (string number, KnowledgeBaseAccess kb, StandardDocuments documents, AccessPolicy access) =>
        {
            if (Find(kb, access, number) is not { } listed) return UnknownStandard(number);
            var standard = documents.Read(listed).Standard;
            var bytes = Temporary(path => StandardPublisher.Publish(standard, path, null), ".docx");
            return Results.File(bytes, DocxType, FileName($"{listed.Number} {listed.Title}") + ".docx");
        }).Allow();

        app.MapGet("/download/pdf/{**number}", (string number, KnowledgeBaseAccess kb, StandardDocuments documents,
            PrintedStandards printed, AccessPolicy access) =>
        {
            // Unknown and hidden first: the answer about LibreOffice would tell that the standard exists.
            if (Find(kb, access, number) is not { } listed) return UnknownStandard(number);
            if (!printed.Available)
                return PageResults.NotFound("这台电脑没有安装 LibreOffice，无法生成 PDF",
                    "请下载 Word 文件；或请维护人员安装 LibreOffice（Debian 软件包 libreoffice-writer）。");
            return Results.File(printed.Get(documents.Read(listed)), "application/pdf",
                FileName($"{listed.Number} {listed.Title}") + ".pdf");
        }).Allow();

        // The picture is found through the model: the request names a figure number, never a file.
        app.MapGet("/figure/{figure}/{**number}",
            (string figure, string number, KnowledgeBaseAccess kb, StandardDocuments documents, AccessPolicy access) =>
        {
            if (Find(kb, access, number) is not { } listed) return UnknownStandard(number);
            var standard = documents.Read(listed).Standard;
            // "1" is the picture of 图1; "1a" that of its sub-figure a).
            var image = standard.Elements.OfType<Figure>()
                .SelectMany(f => f.SubFigures.Select(s => (Key: f.Number + s.Label.TrimEnd(')'), s.ImagePath))
                    .Prepend((Key: f.Number, f.ImagePath)))
                .FirstOrDefault(i => i.Key == figure && i.ImagePath.Length > 0).ImagePath;
            var path = image is null ? null
                : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(standard.SourcePath))!, image);
            var type = Path.GetExtension(path)?.ToLowerInvariant() switch
            {
                ".png" => "image/png",
                ".jpg" or ".jpeg" => "image/jpeg",
                _ => null,
            };
            return path is null || type is null || !File.Exists(path)
                ? PageResults.NotFound($"{listed.Number}没有图{figure}", "请从标准的阅读页面查看它的图。")
                : Results.File(File.ReadAllBytes(path), type);
        }).Allow();
    }

    /// <summary>The standard of that number if the reader may open it; a hidden one is answered as a missing
    /// one.</summary>
    internal static ListedStandard? Find(KnowledgeBaseAccess kb, AccessPolicy access, string number) =>
        kb.Read(k => k.FindStandard(number)) is { } listed && access.MayRead(listed) ? listed : null;

    internal static IResult UnknownStandard(string number) =>
        PageResults.NotFound($"知识库中没有标准“{number}”", "请从“标准”列表或检索结果进入；新写的标准需先运行 stdkit index。");

    /// <summary>Writes a document to a temporary file through the given writer and returns its bytes.</summary>
    internal static byte[] Temporary(Action<string> write, string extension)
    {
        var folder = Directory.CreateTempSubdirectory("stdkit-web-");
        try
        {
            var path = Path.Combine(folder.FullName, "document" + extension);
            write(path);
            return File.ReadAllBytes(path);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>A download name from a number and title: "/" and other characters a file system refuses become
    /// "-".</summary>
    internal static string FileName(string text) =>
        string.Concat(text.Select(c => Path.GetInvalidFileNameChars().Contains(c)
            || c is '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|' ? '-' : c));
}

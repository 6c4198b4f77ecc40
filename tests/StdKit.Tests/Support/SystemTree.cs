using StdKit.Build;
using StdKit.Content.Project;

namespace StdKit.Tests.Support;

/// <summary>
/// A temporary content tree with the real framework, catalogue, agencies and 编制说明 template, and a small library
/// of model standards the test writes: what `stdkit build` works on.
/// </summary>
public sealed class SystemTree : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("stdkit-system-").FullName;
    public string Content => Path.Combine(Root, "content");
    public string Out => Path.Combine(Root, "out");

    public const string Front = """
        ---
        type: enterprise
        number: "{{ standard.number }}"
        title: TITLE
        stage: 发布
        release-date: "{{ agency.year }}-XX-XX"
        implementation-date: "{{ agency.year }}-XX-XX"
        issuer: "{{ agency.name }}"
        system:
          SYSTEM
        ---
        # 范围

        本文件规定了{{ agency.name }}的服务要求。

        """;

    public SystemTree()
    {
        foreach (var file in new[] { "stdkit.yaml", "catalogue.yaml", "framework/framework.yaml",
                     "framework/services.yaml", "agencies/yunnan-sme-centre.yaml", "agencies/kunming-guarantee.yaml",
                     "agencies/qujing-training.yaml" })
            Copy(Path.Combine(Repository.Content, file), Path.Combine(Content, file));
        Copy(Path.Combine(Repository.Root, "templates", ExplanatoryNotes.TemplateName),
            Path.Combine(Root, "templates", ExplanatoryNotes.TemplateName));
        Library("guide.md", "标准化工作管理规范", "layer: 服务基础\n  category: 标准化导则");
        Library("financing.md", "融资服务规范", "layer: 服务实施\n  category: 服务实施流程\n  applies-when:\n    services: [融资服务]");
        Library("process.md", "服务实施流程通用规范", "layer: 服务实施\n  category: 服务实施流程");
        Library("post.md", "{{ post.name }}岗位工作标准", "layer: 岗位工作\n  per-post: true");
    }

    public string Library(string name, string title, string system, string body = "") =>
        Write(Path.Combine("library", name), Front.Replace("TITLE", title).Replace("SYSTEM", system) + body);

    public string Write(string relative, string text)
    {
        var path = Path.Combine(Content, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public ContentProject Project() => ContentProject.Load(Content);

    public SystemPlan Plan(string agency = "yunnan-sme-centre")
    {
        var project = Project();
        return new SystemPlanner(project).Plan(project.Agency(agency), pdf: false);
    }

    public BuildReport Build(string agency = "yunnan-sme-centre") => SystemWriter.Write(Plan(agency), Out);

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        File.Copy(from, to, overwrite: true);
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}

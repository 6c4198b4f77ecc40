using System.Reflection;
using StdKit.Model.Metadata;
using StdKit.Content.Reading;
using System.Security.Cryptography;
using System.Text;
using StdKit.Content;
using StdKit.Content.Project;
using StdKit.Content.Systems;
using StdKit.Generator;
using StdKit.Generator.Docx;
using StdKit.Generator.Systems;
using StdKit.Model.Body;
using StdKit.Model.Diagnostics;
using StdKit.Model.Documents;
using StdKit.Model.Systems;

namespace StdKit.Build;

/// <summary>
/// Plans the build of one agency's standards system: the applicable model standards read with their numbers and
/// the agency's values, the adopted standards looked up, the system documents, and a content hash for each output.
/// Any mistake in the content or the profile is reported here, before anything is written.
/// </summary>
public sealed class SystemPlanner(ContentProject project)
{
    // The release, not the binary: a Debug and a Release build of one version write the same files.
    private static readonly string GeneratorVersion = typeof(DocxRenderer).Assembly
        .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "";

    /// <param name="listed">Which standards the plan lists and writes; all where null. Others than the agency's own
    /// members see its system without its drafts below 征求意见稿.</param>
    public SystemPlan Plan(AgencyProfile agency, bool pdf, Func<Standard, bool>? listed = null)
    {
        if (project.Library is not { } library || project.Framework is not { } framework)
            throw new UserError(new SourceLocation(project.Root, 1), "the content tree has no framework or no library",
                "add content/framework/framework.yaml and model standards under content/library/");
        var planned = library.Plan(agency);
        var catalogue = project.CatalogueFor(agency);
        var diagnostics = new DiagnosticBag();
        var standards = new List<(PlannedStandard Planned, Standard Standard)>();
        foreach (var p in planned)
        {
            try
            {
                standards.Add((p, StandardReader.Read(DisplayPath.Of(p.Entry.Path), catalogue, agency, p.Slot)));
            }
            catch (UserError e)
            {
                foreach (var d in e.Diagnostics) diagnostics.Add(d);
            }
        }
        var adopted = Adopted(agency, diagnostics);
        diagnostics.ThrowIfAny();
        if (listed is not null) standards.RemoveAll(s => !listed(s.Standard));

        var members = standards.Select(s => new SystemMember(s.Planned.Slot.Number, s.Standard.Metadata.Title,
                s.Planned.Layer, s.Planned.Category, "企业标准", false, s.Standard.Metadata.ImplementationDate,
                s.Standard.Metadata.Stage == Model.Metadata.DraftStage.Published))
            .Concat(adopted).ToList();
        var system = new StandardSystem(agency.Name, agency.ShortCode, agency.Year, framework, members);

        var outputs = standards.Select(s => StandardOutput(s.Planned, s.Standard, pdf)).ToList();
        var systemHash = Hash(GeneratorVersion, string.Join("\n", members), agency.Name);
        outputs.Add(Document("标准体系结构图.docx", systemHash, path => StructureChartDocument.Write(path, system), pdf));
        outputs.Add(Document("标准明细表.docx", systemHash, path => StandardListDocument.Write(path, system), pdf) with
        {
            Relayout = (path, layout) => StandardListDocument.Write(path, system, layout),
        });
        outputs.Add(Document("标准统计表.docx", systemHash, path => StatisticsDocument.Write(path, system), pdf));
        var notes = new ExplanatoryNotes(project, agency, system);
        outputs.Add(Document("编制说明.docx", Hash(systemHash, notes.TemplateText), notes.Write, pdf));
        return new SystemPlan(agency, system, outputs);
    }

    private BuildOutput StandardOutput(PlannedStandard planned, Standard standard, bool pdf)
    {
        var file = Path.Combine("standards", FileName($"{planned.Slot.Number} {standard.Metadata.Title}") + ".docx");
        var images = standard.Elements.OfType<Figure>()
            .Select(f => Path.Combine(Path.GetDirectoryName(planned.Entry.Path)!, f.ImagePath))
            .Select(p => File.Exists(p) ? Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(p))) : "missing");
        var hash = Hash([GeneratorVersion, standard.ContentHash, pdf ? "pdf" : "docx", .. images]);
        return new BuildOutput(file, hash, path => StandardPublisher.Publish(standard, path, null))
        {
            Pdf = pdf,
            Printed = standard,
            Standard = new ManifestStandard(planned.Slot.Number, standard.Metadata.Title, planned.Layer.Name,
                planned.Category.Name, file, hash),
        };
    }

    private static BuildOutput Document(string file, string hash, Action<string> write, bool pdf) =>
        new(file, Hash(hash, pdf ? "pdf" : "docx"), write) { Pdf = pdf };

    /// <summary>The external standards the agency adopts: listed with their own numbers, never generated.</summary>
    private IEnumerable<SystemMember> Adopted(AgencyProfile agency, DiagnosticBag diagnostics)
    {
        var members = new List<SystemMember>();
        foreach (var number in agency.Adopts)
        {
            if (project.Catalogue.Find(number) is not { Number: { } found } entry)
            {
                diagnostics.Add(agency.AdoptsSource, $"adopted standard '{number}' is not in the catalogue",
                    "add it to content/catalogue.yaml with its title, or correct the number");
                continue;
            }
            members.Add(new SystemMember(found.ToString(), entry.Title, null, null,
                found.Type?.ChineseName() ?? "行业标准", true, null, true));
        }
        return members;
    }

    /// <summary>A file name from a number and title: "/" and other characters a file system refuses become
    /// "-".</summary>
    private static string FileName(string text) =>
        string.Concat(text.Select(c => c is '/' or '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|' ? '-' : c));

    private static string Hash(params string[] parts) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\u0000", parts))));
}

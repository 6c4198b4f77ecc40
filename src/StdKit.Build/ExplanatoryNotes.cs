using Scriban.Runtime;
using StdKit.Content.Markdown;
using StdKit.Content.Project;
using StdKit.Content.Reading;
using StdKit.Content.Templates;
using StdKit.Generator.Systems;
using StdKit.Model.Body;
using StdKit.Model.Diagnostics;
using StdKit.Model.Numbering;
using StdKit.Model.Systems;

namespace StdKit.Build;

/// <summary>
/// 编制说明 of a standards system (GB/T 13016 标准体系表编制说明), written from the template
/// <c>templates/explanatory-notes.md</c> with the agency's profile and the system's figures.
/// </summary>
public sealed class ExplanatoryNotes
{
    public const string TemplateName = "explanatory-notes.md";

    private readonly AgencyProfile _agency;
    private readonly StandardSystem _system;
    private readonly string _templatePath;

    public string TemplateText { get; }

    public ExplanatoryNotes(ContentProject project, AgencyProfile agency, StandardSystem system)
    {
        _agency = agency;
        _system = system;
        _templatePath = DisplayPath.Of(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(project.Root))!, "templates",
            TemplateName));
        TemplateText = SourceText.Read(_templatePath);
    }

    public void Write(string path)
    {
        var globals = _agency.TemplateGlobals();
        globals["system"] = Values();
        var (text, lines) = TemplateExpander.Expand(TemplateText, _templatePath, globals);
        var diagnostics = new DiagnosticBag();
        var parts = BodyReader.Read(text, 1, lines, diagnostics);
        diagnostics.ThrowIfAny();
        StandardNumbering.ApplyUnnumbered(parts);
        SystemDocument.WriteNotes(path, $"{_system.AgencyName}标准体系", $"{_system.AgencyName}标准体系编制说明",
            parts.OfType<Clause>());
    }

    /// <summary>The system as template values: layers and categories with counts, statistics, gaps, adopted
    /// standards.</summary>
    private ScriptObject Values()
    {
        var layers = new ScriptArray(_system.Framework.Layers.Select(l => new ScriptObject
        {
            ["name"] = l.Name, ["digit"] = l.Digit, ["level"] = l.Level, ["description"] = l.Description,
            ["gbt"] = l.GbtName ?? "",
            ["count"] = _system.In(l).Count(),
            ["categories"] = new ScriptArray(l.Categories.Select(c => new ScriptObject
            {
                ["code"] = c.Code, ["name"] = c.Name, ["description"] = c.Description, ["gbt"] = c.GbtName ?? "",
                ["count"] = _system.In(c).Count(),
            })),
        }));
        ScriptArray Rows(IEnumerable<StatisticsRow> rows) => new(rows.Select(r => new ScriptObject
        {
            ["item"] = r.Item, ["required"] = r.Required, ["existing"] = r.Existing, ["percent"] = r.Percent,
        }));
        return new ScriptObject
        {
            ["total"] = _system.Members.Count,
            ["generated"] = _system.Members.Count(m => !m.Adopted),
            ["layers"] = layers,
            ["by_layer"] = Rows(SystemStatistics.ByLayer(_system)),
            ["by_level"] = Rows(SystemStatistics.ByLevel(_system)),
            ["gaps"] = new ScriptArray(_system.Framework.Layers
                .SelectMany(l => l.Categories)
                .Where(c => !_system.In(c).Any())
                .Select(c => $"{c.Code}{c.Name}")),
            ["adopted"] = new ScriptArray(_system.Members
                .Where(m => m.Adopted)
                .Select(m => new ScriptObject { ["number"] = m.Number, ["title"] = m.Title })),
            ["numbering"] = _system.Framework.NumberingFormat,
            ["example_number"] = _system.Members.FirstOrDefault(m => !m.Adopted)?.Number ?? "",
        };
    }
}

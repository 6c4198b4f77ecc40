using System.IO.Compression;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using StdKit.Generator.Docx.Styles;
using StdKit.Tests.Support;

namespace StdKit.Tests.Docx;

/// <summary>
/// StdKit's styles against the vocabulary of the official templates (../shared/corpus/templates/*.dotx, read at test
/// time): where a template has a style for an element, StdKit's carries its exact name and its size, weight, typeface
/// and alignment; a style StdKit names itself is one the templates have no style for.
/// </summary>
public sealed class TemplateStyleTests
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>Elements the templates give no style of their own, and why StdKit has one.</summary>
    private static readonly Dictionary<string, string> OwnStyles = new()
    {
        ["标准文件_无标题条"] = "one style for untitled 条 at every level; the templates grade them by level",
        ["标准文件_列项一级"] = "dash and numbered items alike, the marker typed; the templates number by list styles",
        ["标准文件_列项二级"] = "the same, second level",
        ["标准文件_术语条目编号"] = "the entry number on its own line, above the term (facts §3)",
        ["标准文件_术语"] = "the term and its English equivalent",
        ["标准文件_规范性引用文件"] = "chapter 2 entries; the templates type them in 标准文件_段",
        ["标准文件_表格（与下行同页）"] = "标准文件_表格 kept with the next row, so a table never breaks after its header",
        ["标准文件_式中"] = "the line 式中： or 标引序号说明： above a key",
        ["标准文件_符号说明"] = "key lines with their dashes aligned by a tab, not the template's hanging indent",
        ["标准文件_分图标题"] = "a) under a sub-figure",
        ["标准文件_表注"] = "a note inside a table's frame",
        ["标准文件_图"] = "the paragraph that holds a picture",
        ["标准文件_图中文字"] = "text in the boxes of a drawn structure chart",
        ["标准文件_终结线"] = "the end line drawn as a paragraph rule, not as a picture",
        ["标准文件_封面代号"] = "the code (GB, DB53/T, Q/XXX) as text, where the template has a picture",
        ["标准文件_封面稿次"] = "the draft stage line",
        ["标准文件_封面说明"] = "the draft's completion date and patent call",
        ["标准文件_封面日期"] = "release and implementation dates on one line, the template's two frames",
        ["标准文件_封面结束"] = "the point-high paragraph that closes a cover section",
        ["标准文件_注标签"] = "the label 注： in 黑体",
        ["标准文件_示例标签"] = "the label 示例： in 黑体",
        ["标准文件_条编号"] = "a clause number in 黑体 before untitled text",
        ["标准文件_变量"] = "an italic variable in a key",
        ["标准文件_下标"] = "a subscript in a key",
        ["标准文件_变量下标"] = "an italic subscript in a key",
        ["标准文件_上标"] = "a superscript in a key",
        ["标准文件_变量上标"] = "an italic superscript in a key",
    };

    /// <summary>Where StdKit follows GB/T 1.1 rather than the template
    /// (SAMR: GB/T 1.1—2020 governs, facts §0).</summary>
    private static readonly Dictionary<(string Style, string Property), string> Departures = new()
    {
        [("封面标准英文名称", "typeface")] = "GB/T 1.1 Annex F: 四号黑体; the template sets Times New Roman",
        [("标准文件_标准代替", "typeface")] = "GB/T 1.1 Annex F: 五号黑体",
        [("标准文件_一致程度", "typeface")] = "GB/T 1.1 Annex F: 四号黑体",
    };

    [SkippableFact]
    public void Our_styles_carry_the_names_and_properties_of_the_official_templates()
    {
        var templates = TemplateFolder() is { } folder ? Directory.GetFiles(folder, "*.dotx") : [];
        Skip.If(templates.Length == 0,
            "the official templates (shared/corpus/templates) are not here; read at test time only");
        var styles = templates.SelectMany(Read).GroupBy(s => s.Name).ToDictionary(g => g.Key, g => g.First());
        var problems = new List<string>();
        var departed = new HashSet<(string Style, string Property)>();
        foreach (var spec in StyleSheet.Specs)
        {
            // A built-in style (heading 1, toc 1) shows the template's name as its alias (标准文件_章标题).
            var name = spec.Alias ?? spec.Name;
            if (!styles.TryGetValue(name, out var template) && !styles.TryGetValue(spec.Name, out template))
            {
                if (name.StartsWith("标准", StringComparison.Ordinal) && !OwnStyles.ContainsKey(name))
                    problems.Add($"{name}: not a template style, nor listed as one of StdKit's own");
                continue;
            }
            if (OwnStyles.ContainsKey(template.Name))
                problems.Add($"{name}: listed as StdKit's own, but the template has it");
            Compare(template.Name, "size", template.Size, spec.Size.ToString());
            Compare(template.Name, "typeface", template.Hei ? "黑体" : "宋体", spec.Font == Typeface.Hei ? "黑体" : "宋体");
            Compare(template.Name, "bold", template.Bold.ToString(), spec.Bold.ToString());
            if (spec.Type == StyleValues.Paragraph)
                Compare(template.Name, "alignment", template.Align,
                    new EnumValue<JustificationValues>(spec.Align ?? JustificationValues.Both).InnerText!);
        }
        // A departure that no longer departs is stale.
        problems.AddRange(Departures.Keys.Except(departed).Select(d => $"{d.Style}: {d.Property} no longer departs"));
        Assert.True(problems.Count == 0, string.Join("\n", problems));

        void Compare(string style, string property, string? theirs, string ours)
        {
            if (theirs is null || string.Equals(theirs, ours, StringComparison.OrdinalIgnoreCase)) return;
            if (Departures.ContainsKey((style, property))) departed.Add((style, property));
            else problems.Add($"{style}: {property} {ours}, the template's is {theirs}");
        }
    }

    /// <summary>shared/corpus/templates beside the repository or above its work tree.</summary>
    private static string? TemplateFolder()
    {
        for (var dir = new DirectoryInfo(Repository.Root).Parent; dir is not null; dir = dir.Parent)
        {
            var folder = Path.Combine(dir.FullName, "shared", "corpus", "templates");
            if (Directory.Exists(folder)) return folder;
        }
        return null;
    }

    private sealed record TemplateStyle(string Name, string? Size, bool Hei, bool Bold, string Align);

    /// <summary>Each style of a template with its size, typeface, weight and alignment,
    /// through its basedOn chain.</summary>
    private static IEnumerable<TemplateStyle> Read(string dotx)
    {
        using var zip = ZipFile.OpenRead(dotx);
        using var stream = zip.GetEntry("word/styles.xml")!.Open();
        var root = XDocument.Load(stream).Root!;
        var byId = root.Elements(W + "style").ToDictionary(s => (string)s.Attribute(W + "styleId")!);
        var defaults = root.Element(W + "docDefaults")?.Element(W + "rPrDefault")?.Element(W + "rPr");
        string? Find(XElement style, Func<XElement, string?> read)
        {
            for (var s = style; s is not null;)
            {
                if (read(s) is { } value) return value;
                var basedOn = (string?)s.Element(W + "basedOn")?.Attribute(W + "val");
                s = basedOn is not null && byId.TryGetValue(basedOn, out var parent) ? parent : null;
            }
            return null;
        }
        foreach (var style in byId.Values)
        {
            var name = (string?)style.Element(W + "name")?.Attribute(W + "val");
            if (name is null) continue;
            var size = Find(style, s => (string?)s.Element(W + "rPr")?.Element(W + "sz")?.Attribute(W + "val"));
            var fonts = Find(style, s => s.Element(W + "rPr")?.Element(W + "rFonts") is { } f
                ? (string?)f.Attribute(W + "eastAsia") ?? (string?)f.Attribute(W + "ascii") : null)
                ?? (string?)defaults?.Element(W + "rFonts")?.Attribute(W + "eastAsia");
            var bold = Find(style, s => s.Element(W + "rPr")?.Element(W + "b") is { } b
                ? (string?)b.Attribute(W + "val") ?? "1" : null);
            var align = Find(style, s => (string?)s.Element(W + "pPr")?.Element(W + "jc")?.Attribute(W + "val"));
            yield return new TemplateStyle(name, size, fonts?.Contains("黑体") == true, bold is "1" or "true",
                align ?? "left");
        }
    }
}

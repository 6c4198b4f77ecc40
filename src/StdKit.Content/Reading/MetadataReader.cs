using StdKit.Model.Diagnostics;
using StdKit.Model.Documents;
using StdKit.Model.Metadata;
using YamlDotNet.RepresentationModel;

namespace StdKit.Content.Reading;

/// <summary>Reads the front matter of a standard into <see cref="StandardMetadata"/> (see docs/content-format.md
/// §1).</summary>
public static class MetadataReader
{
    private static readonly string[] Keys =
    [
        "type", "number", "code", "banner", "replaces", "title", "title-en", "body-title", "adoption", "stage",
        "draft-date", "ics", "ccs", "filing-number", "release-date", "implementation-date", "issuer", "proposer",
        "administrator", "drafting-units", "drafters", "history", "parts", "patent-notice", "index", "system",
        "lint-disable",
    ];

    private static readonly string[] SystemKeys = ["layer", "category", "applies-when", "per-post"];
    private static readonly string[] ApplicabilityKeys = ["services", "co-building", "agency-types"];

    // Each type by its English key (national …) or its Chinese name (国家标准 …).
    private static readonly Dictionary<string, DocumentType> TypeNames = Enum.GetValues<DocumentType>()
        .SelectMany(t => new[] { (Name: t.ToString().ToLowerInvariant(), Type: t), (Name: t.ChineseName(), Type: t) })
        .ToDictionary(n => n.Name, n => n.Type);

    public static StandardMetadata Read(FrontMatter frontMatter, LineMap lines)
    {
        var diagnostics = new DiagnosticBag();
        var root = YamlText.Load(frontMatter.Yaml, lines, frontMatter.YamlFirstLine);
        var yaml = new YamlMappingReader(root, Keys, lines, frontMatter.YamlFirstLine, diagnostics, "front-matter");

        var type = ReadType(yaml);
        var number = ReadNumber(yaml);
        var title = yaml.Required("title", "专精特新中小企业服务机构诚信服务规范");
        var stage = DraftStage.Published;
        if (yaml.Text("stage") is { } stageText && !DraftStageNames.TryParse(stageText, out stage))
            yaml.Error("stage", $"unknown stage '{stageText}'",
                $"use one of: {string.Join(" / ", DraftStageNames.All)}");

        var code = yaml.Text("code") ?? CoverBanner.Logo(number?.Code ?? "");
        var banner = yaml.Text("banner") ?? (type is { } t ? CoverBanner.For(t, code) : null);
        if (banner is null && type is not null)
            yaml.Error("type",
                $"the cover banner cannot be derived for a {yaml.Text("type")} standard with code '{code}'",
                "add banner: 中华人民共和国XX行业标准 (or XX省地方标准)");

        var metadata = new StandardMetadata
        {
            Type = type ?? default,
            Number = number ?? new DocumentNumber("", "", null, ""),
            Code = code,
            Banner = banner ?? "",
            Replaces = yaml.List("replaces"),
            Title = title,
            TitleEn = yaml.Text("title-en"),
            BodyTitle = yaml.Text("body-title"),
            Adoption = yaml.Text("adoption"),
            Stage = stage,
            DraftDate = yaml.Text("draft-date"),
            Ics = yaml.Text("ics"),
            Ccs = yaml.Text("ccs"),
            FilingNumber = yaml.Text("filing-number"),
            ReleaseDate = yaml.Text("release-date"),
            ImplementationDate = yaml.Text("implementation-date"),
            Issuer = yaml.Text("issuer"),
            Proposer = yaml.Text("proposer"),
            Administrator = yaml.Text("administrator"),
            DraftingUnits = yaml.List("drafting-units"),
            Drafters = yaml.List("drafters"),
            History = yaml.List("history"),
            Parts = yaml.List("parts"),
            PatentNotice = yaml.Flag("patent-notice", true),
            Index = yaml.Flag("index", false),
            System = ReadSystem(yaml, lines, frontMatter.YamlFirstLine, diagnostics),
            DisabledRules = yaml.List("lint-disable"),
        };
        diagnostics.ThrowIfAny();
        return metadata;
    }

    private static DocumentType? ReadType(YamlMappingReader yaml)
    {
        var text = yaml.Required("type", "group");
        if (text.Length == 0) return null;
        if (TypeNames.TryGetValue(text.ToLowerInvariant(), out var type)) return type;
        yaml.Error("type", $"unknown document type '{text}'",
            "use one of: national (国家标准), industry (行业标准), local (地方标准), group (团体标准), enterprise (企业标准)");
        return null;
    }

    private static DocumentNumber? ReadNumber(YamlMappingReader yaml)
    {
        var text = yaml.Required("number", "T/ABC 001—2024");
        if (text.Length == 0) return null;
        if (DocumentNumber.TryParse(text, out var number)) return number;
        yaml.Error("number", $"'{text}' is not a document number",
            "write the code, the sequence number, \"—\" and the year, " +
            "e.g. T/GDCMA 001—2024 or DB53/T 1234—2023 (X for digits not yet known)");
        return null;
    }

    private static SystemPlace? ReadSystem(YamlMappingReader yaml, LineMap lines, int firstLine,
        DiagnosticBag diagnostics)
    {
        if (yaml.Node("system") is not { } node) return null;
        var system = new YamlMappingReader(node, SystemKeys, lines, firstLine, diagnostics, "system");
        var layer = system.Required("layer", "服务实施");
        Applicability? applies = null;
        if (system.Node("applies-when") is { } when)
        {
            var condition = new YamlMappingReader(when, ApplicabilityKeys, lines, firstLine, diagnostics,
                "applies-when");
            applies = new Applicability(condition.List("services"),
                condition.Text("co-building") is null ? null : condition.Flag("co-building", false),
                condition.List("agency-types"));
        }
        return layer.Length == 0 ? null : new SystemPlace(layer, system.Text("category"))
        {
            AppliesWhen = applies,
            PerPost = system.Flag("per-post", false),
        };
    }
}

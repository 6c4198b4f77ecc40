using StdKit.Content.Reading;
using StdKit.Content.Systems;
using StdKit.Model.Systems;
using StdKit.Model.Diagnostics;
using StdKit.Model.Documents;

namespace StdKit.Content.Project;

/// <summary>
/// A content tree: the folder holding <c>stdkit.yaml</c>, the document catalogue, agency profiles and standards.
/// </summary>
public sealed class ContentProject
{
    public const string SettingsFile = "stdkit.yaml";
    private static readonly string[] SettingsKeys = ["default-agency", "lint-disable"];

    public required string Root { get; init; }
    public required Catalogue Catalogue { get; init; }
    public required AgencyProfile DefaultAgency { get; init; }
    /// <summary>The standards-system framework (content/framework/), when the tree has one.</summary>
    public Framework? Framework { get; init; }
    public AgencySchema? Schema { get; init; }
    /// <summary>The model standards (content/library/), when the tree has a framework and a library.</summary>
    public Library? Library { get; init; }
    /// <summary>Checker rules switched off for the whole tree (<c>lint-disable</c> in stdkit.yaml).</summary>
    public IReadOnlyList<string> DisabledRules { get; init; } = [];

    /// <summary>The domain synonyms of <c>synonyms.yaml</c> for search; none when the tree has no such file.</summary>
    public Vocabulary.Synonyms Synonyms { get; init; } = Vocabulary.Synonyms.None;

    public string AgenciesFolder => Path.Combine(Root, "agencies");

    /// <summary>Every standard of the tree: the Markdown files below the root.</summary>
    public IEnumerable<string> StandardFiles =>
        Directory.EnumerateFiles(Root, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    /// <summary>The content tree a file belongs to, looking upwards from it; null outside any tree.</summary>
    public static string? FindRoot(string path)
    {
        for (var dir = new DirectoryInfo(
                 Path.GetFullPath(Directory.Exists(path) ? path : Path.GetDirectoryName(Path.GetFullPath(path))!));
             dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SettingsFile))) return dir.FullName;
            var nested = Path.Combine(dir.FullName, "content", SettingsFile);
            if (File.Exists(nested)) return Path.GetDirectoryName(nested)!;
        }
        return null;
    }

    public static ContentProject Load(string root)
    {
        // Every path of the tree as the user sees it from here, so that messages name library files and drafts alike.
        root = DisplayPath.Of(Path.GetFullPath(root));
        var diagnostics = new DiagnosticBag();
        var settingsPath = Path.Combine(root, SettingsFile);
        var lines = LineMap.Identity(settingsPath);
        var settings = new YamlMappingReader(YamlText.Load(SourceText.Read(settingsPath), lines, 1), SettingsKeys,
            lines, 1, diagnostics, "settings");
        var agencyId = settings.Required("default-agency", "yunnan-sme-centre");
        var disabled = settings.List("lint-disable");
        diagnostics.ThrowIfAny();

        var frameworkPath = Path.Combine(root, "framework", "framework.yaml");
        var framework = File.Exists(frameworkPath) ? FrameworkReader.Read(frameworkPath) : null;
        var servicesPath = Path.Combine(root, "framework", "services.yaml");
        var schema = framework is not null && File.Exists(servicesPath)
            ? new AgencySchema(ServiceCatalog.Read(servicesPath),
                framework.FindLayer("岗位工作")?.Categories.Select(c => c.Name).ToList() ?? [])
            : null;
        var agency = LoadAgency(root, agencyId, settings.LocationOf("default-agency"), schema);
        var libraryFolder = Path.Combine(root, "library");
        var library = framework is not null && Directory.Exists(libraryFolder)
            ? Library.Load(libraryFolder, framework, agency)
            : null;
        var synonymsPath = Path.Combine(root, Vocabulary.Synonyms.FileName);
        var catalogue = new Catalogue();
        var cataloguePath = Path.Combine(root, "catalogue.yaml");
        if (File.Exists(cataloguePath)) CatalogueReader.Read(cataloguePath, catalogue, diagnostics);
        diagnostics.ThrowIfAny();

        var project = new ContentProject
        {
            Root = root, Catalogue = catalogue, DefaultAgency = agency, DisabledRules = disabled,
            Framework = framework, Schema = schema, Library = library,
            Synonyms = File.Exists(synonymsPath) ? Vocabulary.Synonyms.Read(synonymsPath) : Vocabulary.Synonyms.None,
        };
        project.CatalogueOwnStandards(diagnostics);
        diagnostics.ThrowIfAny();
        return project;
    }

    /// <summary>Finds an agency profile by id (a file in agencies/) or by path.</summary>
    public AgencyProfile Agency(string idOrPath) => LoadAgency(Root, idOrPath, new SourceLocation(idOrPath, 1), Schema);

    /// <summary>
    /// The catalogue as one agency sees it: the documents of the tree plus the standards of that agency's system,
    /// numbered for it.
    /// </summary>
    public Catalogue CatalogueFor(AgencyProfile agency)
    {
        if (agency == DefaultAgency || Library is null) return Catalogue;
        // Reading one agency's files one after another asks for the same catalogue each time; one is kept, so that
        // memory stays flat over many agencies.
        if (_lastAgency is { } last && last.Agency == agency) return last.Catalogue;
        var catalogue = BuildCatalogue(agency);
        _lastAgency = (agency, catalogue);
        return catalogue;
    }

    private (AgencyProfile Agency, Catalogue Catalogue)? _lastAgency;

    private Catalogue BuildCatalogue(AgencyProfile agency)
    {
        var diagnostics = new DiagnosticBag();
        var catalogue = new Catalogue();
        foreach (var entry in Catalogue.Entries.Where(e => !Library!.Contains(e.Source.File)))
            catalogue.Add(entry, diagnostics);
        AddSystem(catalogue, agency, diagnostics);
        diagnostics.ThrowIfAny();
        return catalogue;
    }

    /// <summary>The number (and post) a library file gets when read for an agency; null for files outside the
    /// library.</summary>
    public StandardSlot? PreviewSlot(string path, AgencyProfile agency) =>
        Library is { } library && library.Contains(path) ? library.PreviewSlot(path, agency) : null;

    private static AgencyProfile LoadAgency(string root, string idOrPath, SourceLocation mentionedAt,
        AgencySchema? schema)
    {
        var candidates = new[]
        {
            idOrPath, Path.Combine(root, "agencies", idOrPath + ".yaml"), Path.Combine(root, "agencies", idOrPath),
        };
        var path = candidates.FirstOrDefault(File.Exists);
        if (path is null)
        {
            var known = Directory.Exists(Path.Combine(root, "agencies"))
                ? Directory.EnumerateFiles(Path.Combine(root, "agencies"), "*.yaml")
                    .Select(Path.GetFileNameWithoutExtension)
                    .Order()
                    .ToList()
                : new List<string?>();
            throw new UserError(mentionedAt, $"no agency profile '{idOrPath}'",
                $"use one of: {string.Join(", ", known)} (or a path to a profile .yaml)");
        }
        return AgencyProfile.Load(path, schema);
    }

    private void AddSystem(Catalogue catalogue, AgencyProfile agency, DiagnosticBag diagnostics)
    {
        foreach (var planned in Library?.Plan(agency) ?? [])
            catalogue.Add(new CatalogueEntry(planned.Slot.Number,
                DocumentNumber.TryParse(planned.Slot.Number, out var n) ? n : null,
                planned.Post is null
                    ? planned.Entry.Metadata.Title
                    : StandardReader.ReadMetadata(planned.Entry.Path, agency, planned.Slot).Title,
                DocumentKind.Standard, new SourceLocation(planned.Entry.Path, 1)), diagnostics);
    }

    /// <summary>
    /// The standards of the tree are citable like catalogued documents. A file whose metadata cannot be read is left
    /// out here; its own errors are reported when it is read.
    /// </summary>
    private void CatalogueOwnStandards(DiagnosticBag diagnostics)
    {
        AddSystem(Catalogue, DefaultAgency, diagnostics);
        foreach (var file in StandardFiles.Where(f => Library?.Contains(f) != true))
        {
            StdKit.Model.Metadata.StandardMetadata metadata;
            try
            {
                metadata = StandardReader.ReadMetadata(file, DefaultAgency);
            }
            catch (UserError)
            {
                continue;
            }
            Catalogue.Add(new CatalogueEntry(metadata.Number.ToString(), metadata.Number, metadata.Title,
                DocumentKind.Standard, new SourceLocation(DisplayPath.Of(file), 1)), diagnostics);
        }
    }
}

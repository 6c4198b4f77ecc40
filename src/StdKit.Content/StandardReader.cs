using StdKit.Content.Markdown;
using StdKit.Content.Project;
using StdKit.Content.Reading;
using StdKit.Content.Systems;
using StdKit.Content.Templates;
using StdKit.Model.Diagnostics;
using StdKit.Model.Documents;
using StdKit.Model.Metadata;
using StdKit.Model.Numbering;

namespace StdKit.Content;

/// <summary>
/// Reads one standard from its content file: template values filled, front matter and body read, every number
/// computed and every reference resolved. Any mistake comes back as a <see cref="UserError"/>.
/// </summary>
public static class StandardReader
{
    /// <param name="path">The content file, as the user named it (messages quote it).</param>
    /// <param name="catalogue">Documents that <c>[[@number]]</c> may cite.</param>
    /// <param name="agency">The profile template expressions read; required only when the file uses templates.</param>
    /// <param name="slot">The number (and post) a system assigns a model standard; null for other content.</param>
    /// <param name="source">The text, when it does not come from the file at <paramref name="path"/> (an older
    /// revision kept by git); messages still name <paramref name="path"/>.</param>
    public static Standard Read(string path, Catalogue catalogue, AgencyProfile? agency, StandardSlot? slot = null,
        string? source = null)
    {
        var (frontMatter, lines) = Expand(path, agency, slot, source);
        var metadata = MetadataReader.Read(frontMatter, lines);
        var diagnostics = new DiagnosticBag();
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes(frontMatter.Yaml + "\n---\n" + frontMatter.Body)));
        var parts = BodyReader.Read(frontMatter.Body, frontMatter.BodyFirstLine, lines, diagnostics);
        diagnostics.ThrowIfAny();

        var standard = new Standard(path, metadata, parts) { ContentHash = hash };
        StandardNumbering.Apply(standard);
        ReferenceResolver.Resolve(standard, catalogue, diagnostics);
        diagnostics.ThrowIfAny();
        return standard;
    }

    /// <summary>Reads a file inside a content tree, with the tree's catalogue and (by default) its sample
    /// agency.</summary>
    public static Standard Read(string path, ContentProject project, AgencyProfile? agency = null)
    {
        var profile = agency ?? project.DefaultAgency;
        return Read(path, project.CatalogueFor(profile), profile, project.PreviewSlot(path, profile));
    }

    /// <summary>Only the front matter: what the catalogue needs to know about a standard of the tree.</summary>
    public static StandardMetadata ReadMetadata(string path, AgencyProfile? agency, StandardSlot? slot = null)
    {
        var (frontMatter, lines) = Expand(path, agency, slot);
        return MetadataReader.Read(frontMatter, lines);
    }

    private static (FrontMatter, LineMap) Expand(string path, AgencyProfile? agency, StandardSlot? slot,
        string? given = null)
    {
        var source = given ?? SourceText.Read(path);
        if (agency is null && TemplateExpander.UsesTemplates(source))
            throw new UserError(new SourceLocation(path, 1),
                "the file uses agency values ({{ … }}) but no agency profile was given",
                "pass --agency <profile>, " +
                "or keep the file inside a content tree whose stdkit.yaml names a default agency");
        var (text, lines) = agency is null
            ? (source, LineMap.Identity(path))
            : TemplateExpander.Expand(source, path, agency.TemplateGlobals(slot));
        return (FrontMatter.Split(text, lines), lines);
    }
}

using StdKit.Content.Reading;
using StdKit.Content;
using StdKit.Content.Project;
using StdKit.Model.Diagnostics;
using StdKit.Search.Knowledge;
using StdKit.Search.Records;

namespace StdKit.Indexing.Sources;

/// <summary>
/// Reads what the knowledge base is filled from: the content tree's own standards (drafts and other files outside
/// the library) and, for each agency asked for, the standards of its tailored system, numbered as the system numbers
/// them. Every mistake in the content comes back at once, before anything is written.
/// </summary>
public static class ContentSources
{
    public static IReadOnlyList<IndexScope> Read(ContentProject project, IReadOnlyList<AgencyProfile> agencies)
    {
        var errors = new List<Diagnostic>();
        var scopes = new List<IndexScope>
        {
            // .docx standards too, imported (docs/import.md).
            new(null, ReadEach(project.StandardFiles.Where(f => project.Library?.Contains(f) != true)
                    .Concat(WordSources.Files(project)), errors,
                file => StandardRecord.From(TreeStandards.Read(DisplayPath.Of(file), project),
                    Origin(project, null, file, null, null)))),
        };
        foreach (var agency in agencies)
        {
            var plan = project.Library?.Plan(agency) ?? [];
            scopes.Add(new IndexScope(agency.Id, ReadEach(plan, errors, planned => StandardRecord.From(
                StandardReader.Read(DisplayPath.Of(planned.Entry.Path), project.CatalogueFor(agency), agency,
                    planned.Slot),
                Origin(project, agency.Id, planned.Entry.Path, planned.Layer.Name, planned.Category.Name)))));
        }
        if (errors.Count > 0) throw new UserError(errors);
        return scopes;
    }

    private static List<StandardRecord> ReadEach<T>(IEnumerable<T> items, List<Diagnostic> errors,
        Func<T, StandardRecord> read)
    {
        var records = new List<StandardRecord>();
        foreach (var item in items)
        {
            try
            {
                records.Add(read(item));
            }
            catch (UserError e)
            {
                errors.AddRange(e.Diagnostics);
            }
        }
        return records;
    }

    private static StandardOrigin Origin(ContentProject project, string? agency, string file, string? layer,
        string? category) =>
        new(agency, Path.GetRelativePath(project.Root, file).Replace(Path.DirectorySeparatorChar, '/'), layer,
            category);
}

using Scriban.Runtime;
using StdKit.Content.Project;
using StdKit.Model.Diagnostics;
using StdKit.Model.Metadata;
using StdKit.Model.Systems;

namespace StdKit.Content.Systems;

/// <summary>A model standard of the library and its place in the framework, as its front matter declares.</summary>
public sealed record LibraryEntry(string Path, StandardMetadata Metadata)
{
    public SystemPlace Place => Metadata.System!;
}

/// <summary>One standard of an agency's system: a library entry with its number (and post, for the post
/// template).</summary>
public sealed record PlannedStandard(LibraryEntry Entry, Layer Layer, Category Category, int Sequence,
    StandardSlot Slot, Post? Post);

/// <summary>
/// The library of model standards (<c>content/library/</c>): which of them an agency needs, by the conditions they
/// declare, and the number each gets in the agency's system under the framework's numbering scheme.
/// </summary>
public sealed class Library
{
    private readonly Framework _framework;

    public IReadOnlyList<LibraryEntry> Entries { get; }
    public string Folder { get; }

    private Library(string folder, Framework framework, IReadOnlyList<LibraryEntry> entries)
    {
        Folder = folder;
        _framework = framework;
        Entries = entries;
    }

    public bool Contains(string path) =>
        Path.GetFullPath(path).StartsWith(Folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>Reads the front matter of every model standard, with a provisional number, and checks its
    /// place.</summary>
    public static Library Load(string folder, Framework framework, AgencyProfile preview)
    {
        var diagnostics = new DiagnosticBag();
        var entries = new List<LibraryEntry>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal))
        {
            var metadata = StandardReader.ReadMetadata(path, preview, ProvisionalSlot(preview));
            var at = new SourceLocation(path, 1);
            if (metadata.System is not { } place)
            {
                diagnostics.Add(at, "a model standard without its place in the system",
                    "add system: with layer: and category: (docs/content-format.md §1)");
                continue;
            }
            if (framework.FindLayer(place.Layer) is not { } layer)
                diagnostics.Add(at, $"unknown layer '{place.Layer}'",
                    $"use one of: {string.Join("、", framework.Layers.Select(l => l.Name))}");
            else if (!place.PerPost && (place.Category is null || layer.FindCategory(place.Category) is null))
                diagnostics.Add(at, $"unknown category '{place.Category}' in layer {layer.Name}",
                    $"use one of: {string.Join("、", layer.Categories.Select(c => c.Name))}");
            entries.Add(new LibraryEntry(path, metadata));
        }
        diagnostics.ThrowIfAny();
        return new Library(Path.GetFullPath(folder), framework, entries);
    }

    /// <summary>The standards of the agency's system, numbered: applicable entries, the post template once per
    /// post.</summary>
    public IReadOnlyList<PlannedStandard> Plan(AgencyProfile agency)
    {
        var slots = new List<(LibraryEntry Entry, Layer Layer, Category Category, Post? Post)>();
        foreach (var entry in Entries.Where(e => Applies(e.Place, agency)))
        {
            var layer = _framework.FindLayer(entry.Place.Layer)!;
            if (!entry.Place.PerPost) slots.Add((entry, layer, layer.FindCategory(entry.Place.Category!)!, null));
            else
                foreach (var post in agency.Posts)
                    if (layer.FindCategory(post.Level) is { } category) slots.Add((entry, layer, category, post));
        }
        var planned = slots
            .GroupBy(s => (s.Layer.Digit, s.Category.Index))
            .OrderBy(g => g.Key)
            .SelectMany(group => group.Select((s, i) =>
            {
                var number = SystemNumbering.Format(_framework.NumberingFormat, agency.ShortCode, s.Layer.Digit,
                    s.Category.Index, i + 1, agency.Year);
                return new PlannedStandard(s.Entry, s.Layer, s.Category, i + 1,
                    new StandardSlot(number, s.Post is null ? null : agency.PostValues(s.Post)), s.Post);
            }))
            .ToList();
        var clash = planned.GroupBy(p => p.Slot.Number).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
            throw new UserError(clash.Select(p => new Diagnostic(new SourceLocation(p.Entry.Path, 1),
                $"two standards would get the number {clash.Key}",
                "change the numbering scheme in content/framework/framework.yaml so that it includes {sequence}"))
                .ToList());
        return planned;
    }

    /// <summary>How a library file is read on its own (outline, lint, render): as the agency's system would number
    /// it.</summary>
    public StandardSlot PreviewSlot(string path, AgencyProfile agency)
    {
        var full = Path.GetFullPath(path);
        return Plan(agency).FirstOrDefault(p => p.Entry.Path == full)?.Slot ?? ProvisionalSlot(agency);
    }

    private static bool Applies(SystemPlace place, AgencyProfile agency)
    {
        if (place.AppliesWhen is not { } when) return true;
        if (when.Services.Count > 0 && !when.Services.Any(agency.Services.Contains)) return false;
        if (when.CoBuilding is { } co && co != agency.CoBuilding) return false;
        if (when.AgencyTypes.Count > 0 && (agency.Type is null || !when.AgencyTypes.Contains(agency.Type)))
            return false;
        return true;
    }

    /// <summary>A number and post good enough to read a model standard that the agency's system does not
    /// include.</summary>
    private static StandardSlot ProvisionalSlot(AgencyProfile agency) => new(
        $"Q/{(agency.ShortCode.Length > 0 ? agency.ShortCode : "XXX")} 00000—" +
        $"{(agency.Year.Length > 0 ? agency.Year : "XXXX")}",
        agency.Posts.Count > 0 ? agency.PostValues(agency.Posts[0])
            : new ScriptObject { ["name"] = "岗位", ["level"] = "一般人员", ["duties"] = new ScriptArray() });
}

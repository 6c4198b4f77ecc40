using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using StdKit.Build;
using StdKit.Checker;
using StdKit.Content;
using StdKit.Content.Project;
using StdKit.Generator;
using StdKit.Generator.Outline;
using StdKit.Model.Documents;
using StdKit.Search;
using StdKit.Search.Index;
using StdKit.Search.Knowledge;
using StdKit.Search.References;
using StdKit.Search.Terms;

namespace StdKit.Tests.Robustness.Fuzzing;

/// <summary>
/// One kind of input and everything StdKit does with it. <see cref="Run"/> either succeeds with a valid result or
/// throws the product's user error; anything else is a crash.
/// </summary>
internal abstract class FuzzTarget
{
    public abstract string Name { get; }

    /// <summary>Real inputs of this kind, to be mutated.</summary>
    public abstract IReadOnlyList<string> Seeds { get; }

    /// <summary>Splits a seed into the part that is mutated and the parts kept around it.</summary>
    public virtual (string Before, string Mutable, string After) Split(string seed) => ("", seed, "");

    public abstract void Run(string input);

    /// <summary>As an editor saves: half a surrogate pair cannot be stored in UTF-8 and becomes U+FFFD.</summary>
    protected static readonly System.Text.UTF8Encoding Utf8 = new(false, false);
}

/// <summary>
/// A copy of the sample content tree in a temporary folder, for targets that write a mutant into it; the drafts are
/// kept aside, so that a mutant of one does not meet its original.
/// </summary>
internal sealed class ContentCopy : IDisposable
{
    public ContentCopy(string repository)
    {
        _folder = Directory.CreateTempSubdirectory("stdkit-fuzz-").FullName;
        // The templates of the system documents sit beside the content tree.
        Copy(Path.Combine(repository, "templates"), Path.Combine(_folder, "templates"), _ => true);
        var content = Path.Combine(repository, "content");
        Root = Path.Combine(_folder, "content");
        var drafts = Path.Combine(content, "drafts");
        Drafts = Directory.EnumerateFiles(drafts, "*.md")
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .ToList();
        Copy(content, Root, f => !(Path.GetDirectoryName(f) == drafts && f.EndsWith(".md", StringComparison.Ordinal)));
        Output = Directory.CreateDirectory(Path.Combine(_folder, "out")).FullName;
    }

    private readonly string _folder;

    public string Root { get; }
    public string Output { get; }
    public IReadOnlyList<string> Drafts { get; }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static void Copy(string from, string to, Func<string, bool> wanted)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories).Where(wanted))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}

/// <summary>A standard's body or its front matter: read, outlined, checked and rendered as a valid .docx.</summary>
internal sealed class StandardTarget(ContentCopy tree, bool frontMatter) : FuzzTarget
{
    public override string Name => frontMatter ? "front matter" : "content";

    public override IReadOnlyList<string> Seeds => tree.Drafts;

    public override (string Before, string Mutable, string After) Split(string seed)
    {
        var end = seed.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5;
        return frontMatter ? ("", seed[..end], seed[end..]) : (seed[..end], seed[end..], "");
    }

    public override void Run(string input)
    {
        var path = Path.Combine(tree.Root, "drafts", "fuzz.md");
        File.WriteAllText(path, input, Utf8);
        try
        {
            var standard = StandardReader.Read(path, ContentProject.Load(tree.Root));
            OutlineWriter.Write(standard);
            Linter.Default.Check([standard], []);
            Render(standard, tree.Output);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Writes the .docx and fails unless it is valid Open XML.</summary>
    public static void Render(Standard standard, string folder)
    {
        var docx = Path.Combine(folder, "fuzz.docx");
        StandardPublisher.Publish(standard, docx, null);
        using var document = WordprocessingDocument.Open(docx, false);
        var errors = new OpenXmlValidator().Validate(document).Take(3).ToList();
        if (errors.Count > 0)
            throw new InvalidDataException("invalid .docx: " + string.Join("; ", errors.Select(e => e.Description)));
    }
}

/// <summary>An agency profile: loaded, its system planned (every standard filled from it)
/// and one standard rendered.</summary>
internal sealed class ProfileTarget(ContentCopy tree) : FuzzTarget
{
    public override string Name => "profile";

    public override IReadOnlyList<string> Seeds { get; } = Directory
        .EnumerateFiles(Path.Combine(tree.Root, "agencies"), "*.yaml").Order(StringComparer.Ordinal)
        .Select(File.ReadAllText).ToList();

    public override void Run(string input)
    {
        var path = Path.Combine(tree.Root, "agencies", "fuzz.yaml");
        File.WriteAllText(path, input, Utf8);
        try
        {
            var project = ContentProject.Load(tree.Root);
            var plan = new SystemPlanner(project).Plan(project.Agency(path), pdf: false);
            foreach (var output in plan.Outputs.Where(o => o.Standard is null).Take(2))
                output.Write(Path.Combine(tree.Output, Path.GetFileName(output.File)));
        }
        finally
        {
            File.Delete(path);
        }
    }
}

/// <summary>A query typed into search, terms and refs over the sample knowledge base.</summary>
internal sealed class QueryTarget(IKnowledgeBase kb, SearchIndex index, IReadOnlyList<string> queries) : FuzzTarget
{
    private readonly ClauseSearch _search = new(kb, index);

    public override string Name => "query";

    public override IReadOnlyList<string> Seeds => queries;

    public override void Run(string input)
    {
        _search.Run(new SearchRequest(input));
        TermLookup.Find(kb, input);
        ReferenceLookup.Find(kb, input);
    }
}

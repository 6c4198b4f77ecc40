using StdKit.Model.Diagnostics;

namespace StdKit.Model.Body;

/// <summary>Anything in the body of a standard: it comes from a place in the source and may carry an id.</summary>
public abstract class Element(SourceLocation source, string? id)
{
    public SourceLocation Source { get; } = source;

    /// <summary>The drafter's name for it, used by cross-references (<c>[[id]]</c>).</summary>
    public string? Id { get; } = id;

    /// <summary>The elements directly inside this one, in document order.</summary>
    public virtual IEnumerable<Element> Children => [];

    /// <summary>The texts this element itself holds (not its children's).</summary>
    public virtual IEnumerable<InlineText> Texts => [];

    public IEnumerable<Element> DescendantsAndSelf()
    {
        yield return this;
        foreach (var child in Children)
            foreach (var d in child.DescendantsAndSelf())
                yield return d;
    }
}

/// <summary>An element a cross-reference can point at; it prints as its computed number.</summary>
public interface IReferenceTarget
{
    /// <summary>What "见[[id]]" prints, e.g. "4.3.1", "第4章", "表1", "附录A", "6.2.1 b)".</summary>
    string ReferenceLabel { get; }

    /// <summary>The kind in the user's words, for messages: 条, 表, 图 ….</summary>
    string KindName { get; }
}

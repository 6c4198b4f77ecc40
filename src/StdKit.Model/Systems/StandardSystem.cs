namespace StdKit.Model.Systems;

/// <summary>
/// An agency's standards system (标准体系): every standard it holds — generated from the library or adopted from
/// outside — placed in the framework.
/// </summary>
public sealed record StandardSystem(string AgencyName, string AgencyCode, string Year, Framework Framework,
    IReadOnlyList<SystemMember> Members)
{
    public IEnumerable<SystemMember> In(Layer layer) => Members.Where(m => m.Layer == layer);

    public IEnumerable<SystemMember> In(Category category) => Members.Where(m => m.Category == category);
}

/// <summary>One standard of a system: its 体系编号, number, title and level (企业标准, 国家标准 …).</summary>
/// <param name="Layer">Null for an adopted standard outside the framework's own categories.</param>
/// <param name="Existing">Already available: adopted, or generated and published (not a draft).</param>
public sealed record SystemMember(string Number, string Title, Layer? Layer, Category? Category, string Level,
    bool Adopted, string? ImplementationDate, bool Existing)
{
    /// <summary>体系编号: the category code, or "—" for an adopted standard.</summary>
    public string SystemCode => Category?.Code ?? "—";
}

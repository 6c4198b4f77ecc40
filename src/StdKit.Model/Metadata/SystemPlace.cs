namespace StdKit.Model.Metadata;

/// <summary>
/// Where a standard sits in a standards system (标准体系): its layer (层) and category (类别); for a model standard of
/// the library also when it applies and whether it is a template made once per post.
/// </summary>
public sealed record SystemPlace(string Layer, string? Category)
{
    public Applicability? AppliesWhen { get; init; }

    /// <summary>A post template: one standard per post of the agency, in the category of the post's level.</summary>
    public bool PerPost { get; init; }
}

/// <summary>When a model standard belongs to an agency's system: it offers one of the services, or takes part in
/// 共建共享.</summary>
public sealed record Applicability(IReadOnlyList<string> Services, bool? CoBuilding, IReadOnlyList<string> AgencyTypes);

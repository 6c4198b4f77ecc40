namespace StdKit.Model.Provisions;

/// <summary>The type of a clause by its modal verbs (GB/T 1.1-2020 9.1, Annex C).</summary>
public enum ProvisionType
{
    /// <summary>陈述 — a statement: no modal verb.</summary>
    Statement,
    /// <summary>可能性和能力 — 可能 / 不可能 / 能 / 不能.</summary>
    Possibility,
    /// <summary>允许 — 可 / 不必 / 可以 / 无须.</summary>
    Permission,
    /// <summary>推荐 — 宜 / 不宜 / 推荐 / 建议.</summary>
    Recommendation,
    /// <summary>要求 — 应 / 不应 / 应该 / 只准许 / 不准许.</summary>
    Requirement,
}

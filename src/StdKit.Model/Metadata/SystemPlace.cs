namespace StdKit.Model.Metadata;

/// <summary>Where a standard sits in a standards system (标准体系): its layer (层) and category (类别).</summary>
public sealed record SystemPlace(string Layer, string? Category);

using StdKit.Search.Records;

namespace StdKit.Search.Knowledge;

/// <summary>The standards of one scope of the knowledge base: the tree's own, or one agency's system.</summary>
/// <param name="Agency">The agency profile id; null for the tree's own standards.</param>
/// <param name="Standards">Read once, in order; a generated corpus may stream them.</param>
public sealed record IndexScope(string? Agency, IEnumerable<StandardRecord> Standards);

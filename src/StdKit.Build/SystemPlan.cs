using StdKit.Content.Project;
using StdKit.Model.Systems;

namespace StdKit.Build;

/// <summary>Everything a build of one agency will write, read and checked before a single file is touched.</summary>
public sealed record SystemPlan(AgencyProfile Agency, StandardSystem System, IReadOnlyList<BuildOutput> Outputs);

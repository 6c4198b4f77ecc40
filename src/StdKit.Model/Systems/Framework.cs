namespace StdKit.Model.Systems;

/// <summary>
/// The framework of a service standards system (DB53/T 6): layers (层) holding categories (类别), each with its
/// 体系编号, and the numbering scheme of the standards in it.
/// </summary>
public sealed record Framework(IReadOnlyList<Layer> Layers, string NumberingFormat)
{
    public Layer? FindLayer(string name) => Layers.FirstOrDefault(l => l.Name == name);
}

/// <summary>层: 服务基础, 服务实施, 服务保障 or 岗位工作.</summary>
/// <param name="GbtName">The name GB/T 24421.2-2023 gives the same subsystem, where it differs.</param>
public sealed record Layer(string Name, int Digit, string Level, string Description, string? GbtName,
    IReadOnlyList<Category> Categories)
{
    public Category? FindCategory(string name) => Categories.FirstOrDefault(c => c.Name == name);
}

/// <summary>类别 of a layer, with its 体系编号 (layer digit + two-digit index, e.g. 203).</summary>
public sealed record Category(string Name, int Index, string Code, string Description, string? GbtName);

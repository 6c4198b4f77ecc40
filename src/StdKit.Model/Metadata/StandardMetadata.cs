using StdKit.Model.Documents;

namespace StdKit.Model.Metadata;

/// <summary>Everything the cover and the 前言 say about a standard (GB/T 1.1-2020 8.1, 8.3).</summary>
public sealed class StandardMetadata
{
    public required DocumentType Type { get; init; }
    /// <summary>文件编号, e.g. T/GDCMA 001—2024, kept as typed.</summary>
    public required DocumentNumber Number { get; init; }
    /// <summary>文件代号 printed on the cover.</summary>
    public required string Code { get; init; }
    /// <summary>The cover banner, e.g. 团体标准, 云南省地方标准.</summary>
    public required string Banner { get; init; }
    public IReadOnlyList<string> Replaces { get; init; } = [];
    public required string Title { get; init; }
    public string? TitleEn { get; init; }
    /// <summary>The title line of the first body page where a draft prints one that differs from
    /// <see cref="Title"/>.</summary>
    public string? BodyTitle { get; init; }
    /// <summary>一致性程度标识, e.g. "ISO 9001:2015, MOD".</summary>
    public string? Adoption { get; init; }
    public DraftStage Stage { get; init; } = DraftStage.Published;
    /// <summary>本草案完成时间.</summary>
    public string? DraftDate { get; init; }
    public string? Ics { get; init; }
    public string? Ccs { get; init; }
    /// <summary>备案号 (industry standards).</summary>
    public string? FilingNumber { get; init; }
    public string? ReleaseDate { get; init; }
    public string? ImplementationDate { get; init; }
    public string? Issuer { get; init; }
    /// <summary>提出单位.</summary>
    public string? Proposer { get; init; }
    /// <summary>归口单位.</summary>
    public string? Administrator { get; init; }
    public IReadOnlyList<string> DraftingUnits { get; init; } = [];
    public IReadOnlyList<string> Drafters { get; init; } = [];
    /// <summary>历次版本; empty for a first edition.</summary>
    public IReadOnlyList<string> History { get; init; } = [];
    /// <summary>The parts of the series already published, for a part document's 前言: "第1部分：评价体系" ….</summary>
    public IReadOnlyList<string> Parts { get; init; } = [];
    /// <summary>Whether the 前言 carries the patent sentence.</summary>
    public bool PatentNotice { get; init; } = true;
    /// <summary>索引: the standard ends with an index of its terms (GB/T 1.1 8.14).</summary>
    public bool Index { get; init; }
    public SystemPlace? System { get; init; }
    /// <summary>Checker rules switched off for this file (<c>lint-disable</c>).</summary>
    public IReadOnlyList<string> DisabledRules { get; init; } = [];

    /// <summary>The title as printed on the first body page.</summary>
    public string DisplayBodyTitle => BodyTitle ?? Title;
}

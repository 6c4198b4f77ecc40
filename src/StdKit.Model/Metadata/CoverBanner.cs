using System.Text.RegularExpressions;

namespace StdKit.Model.Metadata;

/// <summary>The banner line of the cover (文件的层次或类别) that follows from the type and the code.</summary>
public static partial class CoverBanner
{
    // Province-level division codes (GB/T 2260) used in DBnn local standard codes.
    private static readonly Dictionary<string, string> Provinces = new()
    {
        ["11"] = "北京市", ["12"] = "天津市", ["13"] = "河北省", ["14"] = "山西省", ["15"] = "内蒙古自治区",
        ["21"] = "辽宁省", ["22"] = "吉林省", ["23"] = "黑龙江省", ["31"] = "上海市", ["32"] = "江苏省",
        ["33"] = "浙江省", ["34"] = "安徽省", ["35"] = "福建省", ["36"] = "江西省", ["37"] = "山东省",
        ["41"] = "河南省", ["42"] = "湖北省", ["43"] = "湖南省", ["44"] = "广东省", ["45"] = "广西壮族自治区",
        ["46"] = "海南省", ["50"] = "重庆市", ["51"] = "四川省", ["52"] = "贵州省", ["53"] = "云南省",
        ["54"] = "西藏自治区", ["61"] = "陕西省", ["62"] = "甘肃省", ["63"] = "青海省", ["64"] = "宁夏回族自治区",
        ["65"] = "新疆维吾尔自治区",
    };

    /// <summary>The banner, or null where it cannot be derived (an industry standard, an unknown DB code).</summary>
    public static string? For(DocumentType type, string code) => type switch
    {
        DocumentType.National => "中华人民共和国国家标准",
        DocumentType.Group => "团体标准",
        DocumentType.Enterprise => "企业标准",
        DocumentType.Local when LocalCode().Match(code) is { Success: true } m
            && Provinces.TryGetValue(m.Groups[1].Value, out var province) => $"{province}地方标准",
        _ => null,
    };

    /// <summary>
    /// The document code printed top right (文件代号): the code of the number without the mark of a recommended or
    /// guidance document — GB, SB, DB53, DB4401 — while group and enterprise codes (T/…, Q/…) stand whole.
    /// </summary>
    public static string Logo(string numberCode)
    {
        var code = numberCode.Replace(" ", "");
        return RecommendedMark().Replace(code, "");
    }

    [GeneratedRegex(@"(?<=^[A-Z]{2}\d*)/[TZ]$")]
    private static partial Regex RecommendedMark();

    [GeneratedRegex(@"^DB\s*(\d{2})")]
    private static partial Regex LocalCode();
}

namespace StdKit.Model.Metadata;

/// <summary>文件的层次或类别: the kind of standard, which decides the cover, code and banner.</summary>
public enum DocumentType
{
    /// <summary>国家标准</summary>
    National,
    /// <summary>行业标准</summary>
    Industry,
    /// <summary>地方标准</summary>
    Local,
    /// <summary>团体标准</summary>
    Group,
    /// <summary>企业标准</summary>
    Enterprise,
}

public static class DocumentTypeNames
{
    /// <summary>国家标准, 行业标准, 地方标准, 团体标准 or 企业标准.</summary>
    public static string ChineseName(this DocumentType type) => type switch
    {
        DocumentType.National => "国家标准",
        DocumentType.Industry => "行业标准",
        DocumentType.Local => "地方标准",
        DocumentType.Group => "团体标准",
        _ => "企业标准",
    };
}

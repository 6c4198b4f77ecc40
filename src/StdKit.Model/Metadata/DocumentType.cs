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

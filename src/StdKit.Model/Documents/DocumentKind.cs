namespace StdKit.Model.Documents;

/// <summary>What a catalogued document is; laws and policy documents are never cited normatively (GB/T 1.1
/// 9.5).</summary>
public enum DocumentKind
{
    Standard,
    /// <summary>法律法规</summary>
    Law,
    /// <summary>政策文件</summary>
    Policy,
    Other,
}

namespace StdKit.Model.Wording;

/// <summary>The lines that open a key (GB/T 1.1 9.7, 9.9).</summary>
public static class KeyLeads
{
    public const string Formula = "式中：";
    public const string Figure = "标引序号说明：";
}

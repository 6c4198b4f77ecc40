namespace StdKit.Generator.Docx.Styles;

/// <summary>Chinese type sizes (字号) in Word's half-points (GB/T 1.1 Annex F names them).</summary>
public static class Zihao
{
    /// <summary>一号, 26 pt</summary>
    public const int Yihao = 52;
    /// <summary>小二, 18 pt</summary>
    public const int Xiaoer = 36;
    /// <summary>三号, 16 pt</summary>
    public const int Sanhao = 32;
    /// <summary>四号, 14 pt</summary>
    public const int Sihao = 28;
    /// <summary>小四, 12 pt</summary>
    public const int Xiaosi = 24;
    /// <summary>五号, 10.5 pt</summary>
    public const int Wuhao = 21;
    /// <summary>小五, 9 pt</summary>
    public const int Xiaowu = 18;
    /// <summary>六号, 7.5 pt</summary>
    public const int Liuhao = 15;
}

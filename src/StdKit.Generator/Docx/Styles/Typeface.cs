namespace StdKit.Generator.Docx.Styles;

/// <summary>
/// The two typefaces of GB/T 1.1 Annex F. East Asian text uses 宋体 or 黑体; Latin text uses Times New Roman
/// (SAMR allows the nearest available font).
/// </summary>
public enum Typeface
{
    /// <summary>宋体 — running text.</summary>
    Song,
    /// <summary>黑体 — headings, numbers, captions, labels.</summary>
    Hei,
}

public static class TypefaceNames
{
    public const string Latin = "Times New Roman";

    public static string EastAsian(this Typeface typeface) => typeface == Typeface.Song ? "宋体" : "黑体";
}

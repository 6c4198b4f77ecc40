using StdKit.Import.Recognition;

namespace StdKit.Import.Word;

/// <summary>
/// The style names Word files of standards use, and what each means: StdKit's own styles (a rendered file comes back
/// as it went out), the official TCS/SET template styles (标准文件_章标题 …) and Word's built-in headings and list
/// styles. Names are compared without spaces and case.
/// </summary>
internal static class WordVocabulary
{
    /// <summary>The pseudo style of text found in text boxes of a drawing.</summary>
    public const string TextBox = "_TextBox";

    private static readonly string[] LevelWords = ["一级", "二级", "三级", "四级", "五级"];

    /// <summary>What the style says about a paragraph, or null when it says nothing (Normal, unknown styles).</summary>
    public static (UnitKind Kind, int Level, string? Hint)? Classify(string? styleName)
    {
        if (string.IsNullOrEmpty(styleName)) return null;
        var name = styleName.Replace(" ", "").ToLowerInvariant();
        if (Exact(name) is { } exact) return exact;
        if (name.StartsWith("heading") && int.TryParse(name["heading".Length..], out var h) && h is >= 1 and <= 6)
            return (UnitKind.Heading, h, null);
        if (name.StartsWith("toc") || name.StartsWith("目录") && name.Length > 2) return (UnitKind.TocEntry, 0, null);
        return Official(name);
    }

    /// <summary>Styles whose paragraphs stand in layout tables (cover, ICS block) rather than in data tables.</summary>
    public static bool IsLayoutStyle(string? styleName) =>
        Classify(styleName) is { Kind: UnitKind.Cover } || styleName is "header" || styleName?.Contains("封面") == true;

    private static (UnitKind, int, string?)? Exact(string name) => name switch
    {
        "stdparagraph" or "标准文件_段" or "标准文件_标准正文" or "bodytext" => (UnitKind.Paragraph, 0, null),
        "untitledclause" => (UnitKind.UntitledClause, 0, null),
        "fronttitle" or "标准文件_前言、引言标题" or "前言标题" or "标准文件_引言标题" => (UnitKind.FrontTitle, 0, null),
        "toctitle" or "标准文件_目录标题" or "标准文件_目次、标准名称标题" => (UnitKind.TocTitle, 0, null),
        "bodytitle" or "标准文件_正文标准名称" or "标准文件_标准名称标题" => (UnitKind.BodyTitle, 0, null),
        "annexheading" or "标准文件_附录标识" or "标准文件_附录标题" or "附录性质" => (UnitKind.AnnexHeading, 0, null),
        "bibliographytitle" or "标准文件_参考文献标题" => (UnitKind.BibliographyTitle, 0, null),
        "bibliographyentry" or "标准文件_参考文献条目" => (UnitKind.BibliographyEntry, 0, null),
        "referenceentry" => (UnitKind.ReferenceEntry, 0, null),
        "listlevel1" or "列项——" or "标准文件_破折号列项" => (UnitKind.DashItem, 1, null),
        "listlevel2" or "列项·" or "标准文件_破折号列项（二级）" => (UnitKind.DashItem, 2, null),
        "标准文件_字母编号列项（一级）" or "标准文件_一级项" or "标准文件_一级项2" => (UnitKind.NumberedItem, 1, null),
        "标准文件_数字编号列项" or "标准文件_数字编号列项（二级）" or "标准文件_二级项" or "标准文件_二级项2"
            => (UnitKind.NumberedItem, 2, null),
        "note" or "notenumbered" or "tablenote" or "标准文件_注：" or "标准文件_注×：" or "标准文件_表注"
            => (UnitKind.Note, 0, null),
        "example" or "标准文件_示例：" or "标准文件_示例×：" => (UnitKind.Example, 0, null),
        "termnumber" => (UnitKind.TermNumber, 0, null),
        "termname" => (UnitKind.TermName, 0, null),
        "tabletitle" or "标准文件_正文表标题" or "标准文件_附录表标题" => (UnitKind.TableTitle, 0, null),
        "figuretitle" or "标准文件_正文图标题" or "标准文件_附录图标题" => (UnitKind.FigureTitle, 0, null),
        "figure" or "附录图" => (UnitKind.Paragraph, 0, null),
        "endline" or "_textbox" => (UnitKind.Layout, 0, null),
        "coverics" or "标准文件_ics" or "文献分类号" => (UnitKind.Cover, 0, "ics"),
        "covercode" or "标准标志" => (UnitKind.Cover, 0, "code"),
        "coverbanner" or "标准称谓" or "其他标准称谓" or "标准文件_封面抬头" => (UnitKind.Cover, 0, "banner"),
        "covernumber" or "标准文件_文件编号" or "标准文件_封面标准编号" => (UnitKind.Cover, 0, "number"),
        "coverreplaces" or "标准文件_替换文件编号" or "封面标准代替信息" or "标准文件_标准代替" => (UnitKind.Cover, 0, "replaces"),
        "covertitle" or "标准文件_文件名称" or "封面标准名称" or "标准文件_封面标准名称" => (UnitKind.Cover, 0, "title"),
        "covertitleen" or "封面标准英文名称" or "标准文件_封面标准英文名称" => (UnitKind.Cover, 0, "title-en"),
        "coveradoption" or "封面一致性程度标识" or "标准文件_一致程度" => (UnitKind.Cover, 0, "adoption"),
        "coverstage" or "封面标准文稿类别" => (UnitKind.Cover, 0, "stage"),
        "covernote" or "封面标准文稿编辑信息" => (UnitKind.Cover, 0, null),
        "coverdates" or "其他发布日期" or "发布日期" or "标准文件_封面发布日期" => (UnitKind.Cover, 0, "release-date"),
        "其他实施日期" or "实施日期" or "标准文件_封面实施日期" => (UnitKind.Cover, 0, "implementation-date"),
        "coverissuer" or "其他发布部门" or "发布部门" or "标准文件_标准部门" => (UnitKind.Cover, 0, "issuer"),
        "coverrule" or "coverend" => (UnitKind.Layout, 0, null),
        _ => null,
    };

    /// <summary>The graded official names: 标准文件_三级条标题, 标准文件_附录二级无标题, 标准文件_术语条二 ….</summary>
    private static (UnitKind, int, string?)? Official(string name)
    {
        var level = Array.FindIndex(LevelWords, w => name.Contains(w)) + 2;
        if (name.Contains("章标题")) return (UnitKind.Heading, 1, null);
        if (name.Contains("术语条")) return (UnitKind.TermName, 0, null);
        if (level >= 2 && name.Contains("无标题")) return (UnitKind.UntitledClause, level, null);
        if (level >= 2 && name.Contains("条标题")) return (UnitKind.Heading, level, null);
        if (name.Contains("注") && name.Contains('：')) return (UnitKind.Note, 0, null);
        if (name.Contains("示例")) return (UnitKind.Example, 0, null);
        if (name.Contains("列项")) return (name.Contains("破折号") ? UnitKind.DashItem : UnitKind.NumberedItem, 1, null);
        return null;
    }
}

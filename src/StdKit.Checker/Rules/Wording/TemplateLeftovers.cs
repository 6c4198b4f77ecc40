using System.Text.RegularExpressions;
using StdKit.Checker.Core;

namespace StdKit.Checker.Rules.Wording;

/// <summary>Prompts left from a Word template ("点击此处添加…", "请输入…") are not text of the document.</summary>
public sealed partial class TemplateLeftovers : DocumentRule
{
    public override string Id => "GBT-W07";
    public override Severity Severity => Severity.Error;
    public override string Description => "不留模板提示文字（如“点击此处添加……”）";

    public override IEnumerable<Finding> Check(DocumentContext document)
    {
        var m = document.Standard.Metadata;
        var cover = new Model.Diagnostics.SourceLocation(document.Standard.SourcePath, 1);
        foreach (var (what, text) in new[] { ("名称", m.Title), ("英文译名", m.TitleEn), ("正文首页名称", m.BodyTitle) })
            if (text is not null && Prompt().Match(text) is { Success: true } hit)
                yield return Finding(cover, "封面", $"{what}是模板的提示文字：「{text}」", $"填入真实的{what}");
        foreach (var unit in document.Units)
            if (Prompt().Match(unit.Text) is { Success: true } hit)
                yield return Finding(unit, $"模板的提示文字：{Quote.Around(unit.Text, hit.Index, hit.Length)}", "填入真实内容或删去");
    }

    [GeneratedRegex("点击此处|单击此处|请在此处|请输入|在此输入")]
    private static partial Regex Prompt();
}

using StdKit.Tests.Content;
using StdKit.Tests.Support;
using StdKit.Web.Rendering;

namespace StdKit.Tests.Web;

/// <summary>The reading view shows formulas as MathML, keys, table and figure notes and footnotes, footnotes, sub-figures, 索引.</summary>
public sealed class FormulaHtmlTests : ContentTest
{
    [Fact]
    public void Formulas_keys_notes_footnotes_sub_figures_and_the_index_are_in_the_reading_view()
    {
        var standard = Content.Read(Content.Write("std.md", FormulaAndNoteTests.FrontMatter + FormulaAndNoteTests.Body));
        var html = StandardHtml.Write(standard, new ReadingContext(standard.Metadata.Number.ToString(), ReadingMode.Full,
            _ => null, new Dictionary<string, int>(), [])).Html;
        Assert.Contains("<div class=\"formula\" id=\"公式（1）\"><math display=\"block\">", html);
        Assert.Contains("<munderover><mo>∑</mo><mrow><mi>i</mi><mo>=</mo><mn>1</mn></mrow><mi>n</mi></munderover>", html);
        Assert.Contains("<span class=\"formula-number\">(A.1)</span>", html);
        Assert.Contains("<p class=\"key-lead\">式中：</p><dl class=\"key\"><dt><math><mrow><mi>S</mi></mrow></math></dt><dd>——", html);
        Assert.Contains("<dt><math><mrow><msub><mi>w</mi><mi>i</mi></msub></mrow></math></dt><dd>——第i项指标的权重；</dd>", html);
        Assert.Contains("<a class=\"xref\" href=\"#公式（1）\">公式（1）</a>", html);
        Assert.Contains("<tfoot><tr><td colspan=\"2\"><p class=\"note\"><span class=\"label\">注1：</span>权重每年复核一次。</p>", html);
        Assert.Contains("<p class=\"table-footnote\"><sup>a</sup>\u3000权重之和为1。</p>", html);
        Assert.Contains("服务质量<sup class=\"fn\">b</sup>", html);
        Assert.Contains("方法<sup class=\"fn\"><a href=\"#fn-1\">1)</a></sup>", html);
        Assert.Contains("<p class=\"footnote\" id=\"fn-2\">2)\u3000见<a class=\"xref\" href=\"#公式（1）\">公式（1）</a>。</p>", html);
        Assert.Contains("<figcaption>a)&#x3000;受理</figcaption>", html);
        Assert.Contains("/figure/1b/", html);
        Assert.Contains("<p class=\"note\"><span class=\"label\">注2：</span>办理部门按职责分工。</p><p class=\"table-footnote\">"
            + "<sup>a</sup>\u3000线上受理不设窗口。</p><figcaption>图1", html);
        Assert.Contains("<li class=\"index-letter\">B</li><li>办理时限\u3000<a href=\"#2.2\">2.2</a></li>"
            + "<li class=\"index-letter\">F</li><li>服务满意度", html);
    }
}

using StdKit.Model.Body;

namespace StdKit.Web.Rendering;

/// <summary>
/// A formula as MathML, which browsers draw natively: the reading view's counterpart of the Word equation.
/// </summary>
public static class MathMarkup
{
    public static void Write(HtmlText html, MathNode node, bool block)
    {
        html.Open("math", ("display", block ? "block" : null));
        Node(html, node);
        html.Close("math");
    }

    private static void Node(HtmlText html, MathNode node)
    {
        switch (node)
        {
            case MathRow row:
                html.Raw("<mrow>");
                foreach (var item in row.Items) Node(html, item);
                html.Raw("</mrow>");
                break;
            case MathText text:
                var tag = text.Kind switch
                {
                    MathTextKind.Variable => "mi",
                    MathTextKind.Number => "mn",
                    MathTextKind.Operator => "mo",
                    _ => "mtext",
                };
                html.Element(tag, text.Text);
                break;
            case MathFraction f:
                Wrap(html, "mfrac", f.Numerator, f.Denominator);
                break;
            case MathScripts { Sub: { } sub, Sup: { } sup } s:
                Wrap(html, "msubsup", s.Base, sub, sup);
                break;
            case MathScripts { Sub: { } sub } s:
                Wrap(html, "msub", s.Base, sub);
                break;
            case MathScripts { Sup: { } sup } s:
                Wrap(html, "msup", s.Base, sup);
                break;
            case MathScripts s:
                Node(html, s.Base);
                break;
            case MathRoot r:
                Wrap(html, "msqrt", r.Radicand);
                break;
            case MathFenced d:
                html.Raw("<mrow>").Element("mo", d.Open);
                Node(html, d.Body);
                html.Element("mo", d.Close).Raw("</mrow>");
                break;
            case MathLargeOperator n:
                var symbol = new MathText(n.Symbol, MathTextKind.Operator);
                html.Raw("<mrow>");
                Node(html, n.Lower is null && n.Upper is null
                    ? symbol
                    : new MathScripts(symbol, n.Lower, n.Upper) switch
                    {
                        // Limits of ∑ and ∏ go under and over; those of ∫ beside.
                        var s when n.Symbol == "∫" => s,
                        var s => new UnderOver(s),
                    });
                Node(html, n.Body);
                html.Raw("</mrow>");
                break;
            case UnderOver { Scripts: var s }:
                var under = s.Sub is not null && s.Sup is not null ? "munderover"
                    : s.Sub is not null ? "munder"
                    : "mover";
                Wrap(html, under, [s.Base, .. new[] { s.Sub, s.Sup }.OfType<MathNode>()]);
                break;
        }
    }

    private static void Wrap(HtmlText html, string tag, params MathNode[] children)
    {
        html.Raw($"<{tag}>");
        foreach (var child in children) Node(html, child);
        html.Raw($"</{tag}>");
    }

    /// <summary>Limits set under and over their operator.</summary>
    private sealed record UnderOver(MathScripts Scripts) : MathNode;
}

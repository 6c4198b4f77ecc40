using StdKit.Model.Body;

namespace StdKit.Model.Wording;

/// <summary>
/// A formula written back in the source syntax, the same way whatever spacing the drafter typed: what the outline
/// shows, and what an imported Word equation becomes. Reading the result gives the same formula.
/// </summary>
public static class MathLinear
{
    public static string Write(MathNode node) => node switch
    {
        MathRow row => string.Join(" ", row.Items.Select(Write)),
        MathText text => text.Text,
        MathFraction f => $"{Argument(f.Numerator, scripts: true)} / {Argument(f.Denominator, scripts: true)}",
        MathScripts s => Base(s.Base) + (s.Sub is null ? "" : "_" + Argument(s.Sub, scripts: false))
            + (s.Sup is null ? "" : "^" + Argument(s.Sup, scripts: false)),
        MathRoot r => $"sqrt({Write(r.Radicand)})",
        MathFenced d => d.Open + Write(d.Body) + d.Close,
        MathLargeOperator n => Write(new MathScripts(new MathText(n.Symbol, MathTextKind.Operator), n.Lower, n.Upper))
            + " " + Write(n.Body),
        _ => "",
    };

    /// <summary>
    /// After / ^ _ a single item stands alone; anything longer goes in round brackets, which only group there. A
    /// scripted item may stand alone beside a fraction bar, not inside another script.
    /// </summary>
    private static string Argument(MathNode node, bool scripts) => node switch
    {
        MathRow { Items: [var only] } => Argument(only, scripts),
        MathText or MathFenced or MathRoot => Write(node),
        MathScripts { Base: MathText } when scripts => Write(node),
        _ => $"({Write(node)})",
    };

    private static string Base(MathNode node) =>
        node is MathText or MathFenced or MathRoot ? Write(node) : $"{{{Write(node)}}}";
}

using DocumentFormat.OpenXml;
using StdKit.Model.Body;
using StdKit.Model.Wording;
using Om = DocumentFormat.OpenXml.Math;

namespace StdKit.Import.Word;

/// <summary>A Word equation (OMML) in the content format's formula syntax (docs/content-format.md §2.12).</summary>
internal static class OmmlText
{
    public static string Linear(OpenXmlElement math) => MathLinear.Write(Node(math));

    private static MathNode Node(OpenXmlElement? element) => element switch
    {
        null => new MathRow([]),
        Om.Run run => Text(run),
        Om.Fraction f => new MathFraction(Node(f.Numerator), Node(f.Denominator)),
        Om.Subscript s => new MathScripts(Node(s.Base), Node(s.SubArgument), null),
        Om.Superscript s => new MathScripts(Node(s.Base), null, Node(s.SuperArgument)),
        Om.SubSuperscript s => new MathScripts(Node(s.Base), Node(s.SubArgument), Node(s.SuperArgument)),
        Om.Radical r => new MathRoot(Node(r.GetFirstChild<Om.Base>())),
        Om.Delimiter d => new MathFenced(d.DelimiterProperties?.BeginChar?.Val?.Value ?? "(",
            d.DelimiterProperties?.EndChar?.Val?.Value ?? ")", Row(d.Elements<Om.Base>())),
        Om.Nary n => new MathLargeOperator(n.NaryProperties?.AccentChar?.Val?.Value ?? "∫",
            Hidden(n.NaryProperties?.HideSubArgument) ? null : Node(n.SubArgument),
            Hidden(n.NaryProperties?.HideSuperArgument) ? null : Node(n.SuperArgument), Node(n.Base)),
        _ => Row(element.ChildElements.Where(c => c is not (Om.ControlProperties or Om.RunProperties))),
    };

    private static bool Hidden(Om.HideSubArgument? flag) => flag?.Val?.Value == Om.BooleanValues.On;
    private static bool Hidden(Om.HideSuperArgument? flag) => flag?.Val?.Value == Om.BooleanValues.On;

    private static MathNode Row(IEnumerable<OpenXmlElement> children)
    {
        var items = children.Select(Node).SelectMany(n => n is MathRow row ? row.Items : [n]).ToList();
        return items.Count == 1 ? items[0] : new MathRow(items);
    }

    /// <summary>Upright letters (m:sty p) are function names; other letters variables.</summary>
    private static MathNode Text(Om.Run run)
    {
        var text = string.Concat(run.Elements<Om.Text>().Select(t => t.Text));
        var upright = run.GetFirstChild<Om.RunProperties>()?.GetFirstChild<Om.Style>()?.Val?.Value
            == Om.StyleValues.Plain;
        var kind = text.Length == 0 ? MathTextKind.Operator
            : char.IsDigit(text[0]) ? MathTextKind.Number
            : text[0] >= 0x2E80 ? MathTextKind.Text
            : char.IsLetter(text[0]) ? upright && text.Length > 1 ? MathTextKind.Text : MathTextKind.Variable
            : MathTextKind.Operator;
        return new MathText(text, kind);
    }
}

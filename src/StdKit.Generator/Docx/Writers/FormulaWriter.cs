using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using StdKit.Generator.Docx.Styles;
using StdKit.Model.Body;
using StdKit.Model.Wording;
using Om = DocumentFormat.OpenXml.Math;

namespace StdKit.Generator.Docx.Writers;

/// <summary>
/// Formulas as native Word equations (OMML): centred between tabs with the number "(1)" at the right margin after a
/// row of middle dots, then the key — "式中：" and one line per symbol with the dashes aligned (GB/T 1.1 9.9).
/// </summary>
public static class FormulaWriter
{
    public static void Write(DocumentBuilder doc, Formula formula)
    {
        doc.Add(StyleIds.Formula, [new Run(new TabChar()), Equation(formula.Math), new Run(new TabChar()),
            .. DocumentBuilder.Text(formula.NumberLabel)]);
        WriteKey(doc, KeyLeads.Formula, formula.Key);
    }

    /// <summary>The lead line and one line a symbol: the symbol as an equation, a tab, "——" and the
    /// explanation.</summary>
    public static void WriteKey(DocumentBuilder doc, string lead, IReadOnlyList<KeyEntry> key)
    {
        if (key.Count == 0) return;
        doc.Add(StyleIds.KeyLead, lead);
        foreach (var entry in key)
            doc.Add(StyleIds.KeyEntry, [.. Symbol(entry.SymbolMath), .. DocumentBuilder.Text("\t——"),
                .. doc.Inline(entry.Explanation)]);
    }

    /// <summary>
    /// A symbol of a key — a letter, a number, a letter with an index — set as text, italic where it is a variable,
    /// so that the key lines keep the line height of the text; anything bigger is an equation.
    /// </summary>
    private static IEnumerable<OpenXmlElement> Symbol(MathNode symbol) => symbol switch
    {
        MathRow { Items: [var single] } => Symbol(single),
        MathText text => Part(text, StyleIds.Variable, null),
        MathScripts { Base: MathText b, Sub: null or MathText, Sup: null or MathText } s =>
        [
            .. Part(b, StyleIds.Variable, null),
            .. s.Sub is MathText low ? Part(low, StyleIds.VariableSubscript, StyleIds.Subscript) : [],
            .. s.Sup is MathText high ? Part(high, StyleIds.VariableSuperscript, StyleIds.Superscript) : [],
        ],
        _ => [Equation(symbol)],
    };

    private static IEnumerable<Run> Part(MathText text, string italicStyle, string? uprightStyle) =>
        DocumentBuilder.Text(text.Text, text.Kind == MathTextKind.Variable ? italicStyle : uprightStyle);



    public static Om.OfficeMath Equation(MathNode node) => new(Nodes(node));

    private static IEnumerable<OpenXmlElement> Nodes(MathNode node) => node switch
    {
        MathRow row => row.Items.SelectMany(Nodes),
        MathText text => [Text(text)],
        MathFraction f =>
            [new Om.Fraction(new Om.Numerator(Nodes(f.Numerator)), new Om.Denominator(Nodes(f.Denominator)))],
        MathScripts { Sub: { } sub, Sup: { } sup } s => [new Om.SubSuperscript(new Om.Base(Nodes(s.Base)),
            new Om.SubArgument(Nodes(sub)), new Om.SuperArgument(Nodes(sup)))],
        MathScripts { Sub: { } sub } s =>
            [new Om.Subscript(new Om.Base(Nodes(s.Base)), new Om.SubArgument(Nodes(sub)))],
        MathScripts { Sup: { } sup } s =>
            [new Om.Superscript(new Om.Base(Nodes(s.Base)), new Om.SuperArgument(Nodes(sup)))],
        MathScripts s => Nodes(s.Base),
        MathRoot r => [new Om.Radical(new Om.RadicalProperties(new Om.HideDegree { Val = Om.BooleanValues.On }),
            new Om.Degree(), new Om.Base(Nodes(r.Radicand)))],
        MathFenced d => [new Om.Delimiter(
            new Om.DelimiterProperties(new Om.BeginChar { Val = d.Open }, new Om.EndChar { Val = d.Close }),
            new Om.Base(Nodes(d.Body)))],
        MathLargeOperator n => [new Om.Nary(
            new Om.NaryProperties(new Om.AccentChar { Val = n.Symbol },
                new Om.LimitLocation
                {
                    Val = n.Symbol == "∫"
                        ? Om.LimitLocationValues.SubscriptSuperscript
                        : Om.LimitLocationValues.UnderOver,
                },
                new Om.HideSubArgument { Val = n.Lower is null ? Om.BooleanValues.On : Om.BooleanValues.Off },
                new Om.HideSuperArgument { Val = n.Upper is null ? Om.BooleanValues.On : Om.BooleanValues.Off }),
            new Om.SubArgument(n.Lower is null ? [] : Nodes(n.Lower)),
            new Om.SuperArgument(n.Upper is null ? [] : Nodes(n.Upper)),
            new Om.Base(Nodes(n.Body)))],
        _ => [],
    };

    /// <summary>Variables take Word's math italic; numbers, operators and words are set upright.</summary>
    private static Om.Run Text(MathText text)
    {
        var run = new Om.Run();
        if (text.Kind != MathTextKind.Variable)
            run.Append(new Om.RunProperties(new Om.Style { Val = Om.StyleValues.Plain }));
        run.Append(new Om.Text(text.Text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }
}

namespace StdKit.Model.Body;

/// <summary>A node of a formula as written in the simple source syntax (docs/content-format.md §2.12).</summary>
public abstract record MathNode;

/// <summary>How a piece of formula text is set: variables italic, everything else upright (GB/T 1.1 10.4.6).</summary>
public enum MathTextKind
{
    Variable,
    Number,
    Operator,
    /// <summary>Words — Chinese or a function name such as lg — set upright.</summary>
    Text,
}

public sealed record MathText(string Text, MathTextKind Kind) : MathNode;

/// <summary>Nodes set one after the other.</summary>
public sealed record MathRow(IReadOnlyList<MathNode> Items) : MathNode;

public sealed record MathFraction(MathNode Numerator, MathNode Denominator) : MathNode;

public sealed record MathScripts(MathNode Base, MathNode? Sub, MathNode? Sup) : MathNode;

public sealed record MathRoot(MathNode Radicand) : MathNode;

/// <summary>A group in visible brackets: (…), […].</summary>
public sealed record MathFenced(string Open, string Close, MathNode Body) : MathNode;

/// <summary>∑, ∏ or ∫ with its limits and the expression it applies to.</summary>
public sealed record MathLargeOperator(string Symbol, MathNode? Lower, MathNode? Upper, MathNode Body) : MathNode;

/// <summary>One line of the key of a formula (式中：) or a figure (标引序号说明：): the symbol and what it stands for.</summary>
public sealed record KeyEntry(string Symbol, MathNode SymbolMath, InlineText Explanation);

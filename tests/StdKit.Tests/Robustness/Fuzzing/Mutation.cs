using CsCheck;

namespace StdKit.Tests.Robustness.Fuzzing;

/// <summary>
/// One change to a text at a relative position: the mistakes people make and the characters other programs leave
/// behind (Word's manual line break, control characters, half a surrogate pair), and structure taken to extremes
/// (a list nested sixty levels, a line of 200 '&gt;', a bracket left open).
/// </summary>
internal sealed record Mutation(MutationKind Kind, double Position, int Length, string Piece)
{
    private static readonly string[] Pieces =
    [
        "\u000B", "\u0001", "\u0000", "\f", "\t", "\u00A0", "\uFEFF", "\uD800", "\uDC00", "\u2028", "\r", "\r\n",
        "[", "]", "{", "}", "{{", "}}", "{#", "[[", "]]", "(", ")", "|", "||", "#", "######", "- ", "1. ", "a) ",
        "> ", "---", "```", "*", "_", "`", "\\", "<script>", "&amp;", "：", "表：", "图：", "注：", "示例：",
        "title: [", "short-code: [", "number: ", ": ", "\"", "'", "!", "~", "^", "$", "%", "@", "😀", "𠀀",
        "0", "9999999999", "-1", "第", "章", "条", "应", "见[[", "!(x.png)", "![图](", "\n", "\n\n", "    ",
    ];

    private static readonly Gen<string> AnyPiece = CsCheck.Gen.Frequency(
        (6, CsCheck.Gen.OneOf(Pieces)),
        (2, CsCheck.Gen.Char.Array[1, 4].Select(c => new string(c))),
        (1, CsCheck.Gen.OneOf("> ", "  - ", "- ", "[", "{{ if x }}", "\t").SelectMany(p =>
            CsCheck.Gen.Int[20, 200].Select(n => string.Concat(Enumerable.Repeat(p, n))))));

    public static Gen<Mutation> Any { get; } = CsCheck.Gen.Select(CsCheck.Gen.Enum<MutationKind>(),
        CsCheck.Gen.Double[0, 1], CsCheck.Gen.Int[1, 400], AnyPiece, (k, p, l, s) => new Mutation(k, p, l, s));

    /// <summary>One to six changes in a row.</summary>
    public static Gen<Mutation[]> Series { get; } = Any.Array[1, 6];

    public string ApplyTo(string text)
    {
        var at = (int)(Position * text.Length);
        var end = Math.Min(text.Length, at + Length);
        var lineStart = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        var lineEnd = text.IndexOf('\n', at) is var e and >= 0 ? e + 1 : text.Length;
        return Kind switch
        {
            MutationKind.Insert => text.Insert(at, Piece),
            MutationKind.Delete => text.Remove(at, end - at),
            MutationKind.Replace => text[..at] + Piece + text[end..],
            MutationKind.InsertAtLineStart => text.Insert(lineStart, Piece),
            MutationKind.DuplicateLine => text.Insert(lineEnd, text[lineStart..lineEnd]),
            MutationKind.DeleteLine => text.Remove(lineStart, lineEnd - lineStart),
            MutationKind.Truncate => text[..at],
            _ => throw new ArgumentOutOfRangeException(nameof(Kind), Kind, null),
        };
    }

    public static string Apply(string text, IEnumerable<Mutation> series) =>
        series.Aggregate(text, (current, mutation) => mutation.ApplyTo(current));
}

internal enum MutationKind { Insert, Delete, Replace, InsertAtLineStart, DuplicateLine, DeleteLine, Truncate }

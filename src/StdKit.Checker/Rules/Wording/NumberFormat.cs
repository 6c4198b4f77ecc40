using StdKit.Model.Documents;
using StdKit.Checker.Core;

namespace StdKit.Checker.Rules.Wording;

/// <summary>
/// Document numbers join code and sequence with a space and the year with "—" (GB/T 1.1 10.3.1); local codes have no
/// space inside (DB53, not DB 53). Checked on the document's own number and on every number typed in its text.
/// </summary>
public sealed class NumberFormat : DocumentRule
{
    public override string Id => "GBT-W04";
    public override Severity Severity => Severity.Error;
    public override string Description => "文件编号中年号前用“—”，代号与顺序号之间空半个字，代号内不空格";

    public override IEnumerable<Finding> Check(DocumentContext document)
    {
        var own = document.Standard.Metadata.Number.Typed;
        foreach (var problem in Problems(own))
            yield return Finding(new Model.Diagnostics.SourceLocation(document.Standard.SourcePath, 1), "封面",
                $"文件编号「{own}」{problem.Message}", problem.Fix);
        foreach (var unit in document.Units)
            foreach (var number in TypedNumbers.Find(unit.Text))
                foreach (var problem in Problems(number.Text))
                    yield return Finding(unit,
                        $"文件编号{Quote.Around(unit.Text, number.Index, number.Text.Length)}{problem.Message}",
                        problem.Fix);
    }

    private static IEnumerable<(string Message, string Fix)> Problems(string typed)
    {
        var number = TypedNumbers.Find(typed).FirstOrDefault();
        if (number is null) yield break;
        if (number.Dash is "-" or "–" or "－")
            yield return ("的年号前用了“" + number.Dash + "”",
                $"写成 {number.Code.Replace(" ", "")} {number.Sequence}—{number.Year}");
        if (number.Code.StartsWith("DB ", StringComparison.Ordinal))
            yield return ("的代号中有空格", $"写成 {number.Code.Replace(" ", "")}");
        var afterCode = typed.IndexOf(number.Sequence, number.Code.Length, StringComparison.Ordinal);
        if (afterCode == number.Code.Length && char.IsDigit(number.Sequence[0]) && char.IsLetter(number.Code[^1]))
            yield return ("的代号与顺序号之间没有空格", $"写成 {number.Code} {number.Sequence}");
    }
}

using StdKit.Checker.Core;
using StdKit.Model.Body;

namespace StdKit.Checker.Rules.References;

/// <summary>Every table, figure and formula is introduced in the text by its number (GB/T 1.1 9.7, 9.8, 9.9).</summary>
public sealed class UnreferencedFloats : DocumentRule
{
    public override string Id => "GBT-R08";
    public override Severity Severity => Severity.Warning;
    public override string Description => "每个图、表、公式都在条文中被提及";

    public override IEnumerable<Finding> Check(DocumentContext document)
    {
        var text = string.Join("\n", document.Units
            .Where(u => u.Kind is not (UnitKind.Heading or UnitKind.TableCell))
            .Select(u => u.Text.Replace(" ", "")));
        foreach (var element in document.Standard.Elements)
        {
            var (label, title) = element switch
            {
                Table t => (t.ReferenceLabel, t.Title),
                Figure f => (f.ReferenceLabel, f.Title),
                Formula f => (f.ReferenceLabel, null),
                _ => (null, null),
            };
            if (label is null || Mentions(text, label)) continue;
            yield return Finding(element.Source, label, $"{label}{(title is null ? "" : "「" + title + "」")}在条文中没有被提及",
                $"在条文中引出它，如“……见[[id]]”（打印为“见{label}”）");
        }
    }

    /// <summary>表1 is mentioned by "表1" not followed by another digit (表10 is another table).</summary>
    private static bool Mentions(string text, string label)
    {
        for (var i = text.IndexOf(label, StringComparison.Ordinal); i >= 0;
            i = text.IndexOf(label, i + 1, StringComparison.Ordinal))
        {
            var end = i + label.Length;
            if (end >= text.Length || !char.IsDigit(text[end])
                && !(text[end] == '.' && end + 1 < text.Length && char.IsDigit(text[end + 1]))) return true;
        }
        return false;
    }
}

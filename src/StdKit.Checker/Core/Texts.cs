using System.Text.RegularExpressions;
using StdKit.Model.Provisions;

namespace StdKit.Checker.Core;

/// <summary>Text helpers shared by rules: sentences, and modal verbs of a given type.</summary>
public static partial class Texts
{
    /// <summary>Sentences with their start index: split after 。；！？ (and their half-width forms).</summary>
    public static IEnumerable<(int Index, string Text)> Sentences(string text)
    {
        var start = 0;
        foreach (Match m in SentenceEnd().Matches(text))
        {
            yield return (start, text[start..(m.Index + 1)]);
            start = m.Index + 1;
        }
        if (start < text.Length) yield return (start, text[start..]);
    }

    public static IEnumerable<ModalVerb> Modals(string text, params ProvisionType[] types) =>
        ModalVerbs.Find(text).Where(v => types.Length == 0 || types.Contains(v.Type));

    [GeneratedRegex("[。；！？;!?]")]
    private static partial Regex SentenceEnd();
}

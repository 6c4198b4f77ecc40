using StdKit.Model.Body;
using StdKit.Model.Documents;

namespace StdKit.Web.Rendering;

/// <summary>
/// Marks where running text uses a term the standard defines, so that the reader sees the definition on hover.
/// Longer terms win ("服务机构" before "服务"); single characters are not terms worth marking.
/// </summary>
public sealed class TermMarks(Standard standard)
{
    private readonly IReadOnlyList<TermEntry> _terms = standard.Elements.OfType<TermEntry>()
        .Where(t => t.Term.Length > 1).OrderByDescending(t => t.Term.Length).ToList();

    public void Write(HtmlText html, string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length;)
        {
            var term = _terms.FirstOrDefault(t => string.CompareOrdinal(text, i, t.Term, 0, t.Term.Length) == 0);
            if (term is null)
            {
                i++;
                continue;
            }
            html.Text(text[start..i]);
            html.Open("abbr", ("class", "term-use"), ("title", $"{term.Number} {term.Term}：{term.Definition}"))
                .Text(term.Term).Close("abbr");
            i += term.Term.Length;
            start = i;
        }
        html.Text(text[start..]);
    }
}

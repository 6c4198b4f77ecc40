using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace StdKit.Web.Rendering;

/// <summary>
/// Writes HTML where every text is escaped: the only way content reaches a page outside Razor's own escaping.
/// Chinese stays readable; markup characters and quotes become entities.
/// </summary>
public sealed class HtmlText(TextWriter output)
{
    public static HtmlEncoder Encoder { get; } = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The ids written so far: what a link into the page may point at.</summary>
    public HashSet<string> Ids { get; } = [];

    public HtmlText Text(string text)
    {
        Encoder.Encode(output, text);
        return this;
    }

    /// <summary>Characters <paramref name="start"/> to <paramref name="start"/> + <paramref name="count"/> of
    /// <paramref name="text"/>.</summary>
    public HtmlText Text(string text, int start, int count)
    {
        Encoder.Encode(output, text, start, count);
        return this;
    }

    /// <summary>Markup written as is: only literals of this assembly, never content.</summary>
    public HtmlText Raw(string markup)
    {
        output.Write(markup);
        return this;
    }

    /// <summary>An opening tag with escaped attribute values; null values are left out.</summary>
    public HtmlText Open(string tag, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        output.Write('<');
        output.Write(tag);
        foreach (var (name, value) in attributes)
        {
            if (value is null) continue;
            if (name == "id") Ids.Add(value);
            output.Write(' ');
            output.Write(name);
            output.Write("=\"");
            Encoder.Encode(output, value);
            output.Write('"');
        }
        output.Write('>');
        return this;
    }

    public HtmlText Close(string tag)
    {
        output.Write("</");
        output.Write(tag);
        output.Write('>');
        return this;
    }

    /// <summary>An element holding only text.</summary>
    public HtmlText Element(string tag, string text, params ReadOnlySpan<(string Name, string? Value)> attributes) =>
        Open(tag, attributes).Text(text).Close(tag);
}

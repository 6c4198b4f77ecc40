using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace StdKit.Import.Word;

/// <summary>Style names by id, and the list a paragraph style attaches (through its based-on chain).</summary>
internal sealed class WordStyles
{
    private readonly Dictionary<string, Style> byId;

    public WordStyles(StyleDefinitionsPart? part)
    {
        byId = part?.Styles?.Elements<Style>().Where(s => s.StyleId?.Value is not null)
            .GroupBy(s => s.StyleId!.Value!).ToDictionary(g => g.Key, g => g.First()) ?? [];
    }

    /// <summary>The name Word shows ("标准文件_章标题", "heading 1"); the id when the style has no name.</summary>
    public string? Name(string? id) =>
        id is null ? null : byId.TryGetValue(id, out var style) ? style.StyleName?.Val?.Value ?? id : id;

    /// <summary>The numbering of a paragraph style: its own numPr, or the nearest one up the based-on chain.</summary>
    public (int? NumId, int? Level) Numbering(string? id)
    {
        int? numId = null, level = null;
        for (var depth = 0; id is not null && depth < 10 && byId.TryGetValue(id, out var style); depth++)
        {
            var numPr = style.StyleParagraphProperties?.NumberingProperties;
            numId ??= numPr?.NumberingId?.Val?.Value;
            level ??= numPr?.NumberingLevelReference?.Val?.Value;
            if (numId is not null && level is not null) break;
            id = style.BasedOn?.Val?.Value;
        }
        return (numId, level);
    }
}

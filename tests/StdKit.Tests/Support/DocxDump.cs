using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace StdKit.Tests.Support;

/// <summary>
/// A readable dump of document.xml: one line per paragraph — its style and text, with ⏎ for a line break, → for a
/// tab and {field} for field codes — tables as rows of cells, and section breaks with their page numbering.
/// </summary>
public static class DocxDump
{
    public static string[] Lines(WordprocessingDocument document)
    {
        var lines = new List<string>();
        foreach (var element in document.MainDocumentPart!.Document.Body!.Elements())
            Dump(element, lines, "");
        return lines.ToArray();
    }

    private static void Dump(OpenXmlElement element, List<string> lines, string indent)
    {
        switch (element)
        {
            case Paragraph p:
                var style = p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "-";
                lines.Add($"{indent}[{style}] {Text(p)}");
                if (p.ParagraphProperties?.SectionProperties is { } breakAfter) lines.Add(indent + Section(breakAfter));
                break;
            case Table t:
                lines.Add($"{indent}<table {t.GetFirstChild<TableGrid>()?.Elements<GridColumn>().Count()} columns>");
                foreach (var row in t.Elements<TableRow>())
                {
                    var header = row.TableRowProperties?.GetFirstChild<TableHeader>() is not null ? " header" : "";
                    lines.Add($"{indent}  <row{header}>");
                    foreach (var cell in row.Elements<TableCell>())
                    {
                        var merge = cell.TableCellProperties?.VerticalMerge is { } v
                            ? $" merge={(v.Val?.Value == MergedCellValues.Restart ? "restart" : "continue")}"
                            : "";
                        lines.Add($"{indent}    <cell{merge}>");
                        foreach (var child in cell.Elements()) Dump(child, lines, indent + "      ");
                    }
                }
                break;
            case SectionProperties section:
                lines.Add(indent + Section(section));
                break;
        }
    }

    private static string Section(SectionProperties s)
    {
        var type = s.GetFirstChild<SectionType>()?.Val?.InnerText ?? "";
        var numbers = s.GetFirstChild<PageNumberType>() is { } n
            ? $" pages={n.Format?.InnerText} from {n.Start?.Value}"
            : "";
        var headers = s.Elements<HeaderReference>().Any() ? " headers" : "";
        return $"=== section {type}{numbers}{headers} ===";
    }

    private static string Text(Paragraph p)
    {
        var sb = new StringBuilder();
        foreach (var e in p.Descendants())
        {
            sb.Append(e switch
            {
                Text t => t.Text,
                Break => "⏎",
                TabChar => "→",
                FieldCode f => "{" + f.Text.Trim() + "}",
                Drawing => "<picture>",
                _ => "",
            });
        }
        return sb.ToString();
    }
}

using StdKit.Content.Reading;
using StdKit.Model.Diagnostics;
using StdKit.Model.Documents;
using YamlDotNet.RepresentationModel;

namespace StdKit.Content.Project;

/// <summary>
/// Reads <c>content/catalogue.yaml</c>: a list of documents with number (or key), title and kind, and whether a
/// document was replaced or withdrawn (for the currency review of a system, docs/evaluation.md).
/// </summary>
public static class CatalogueReader
{
    private static readonly string[] Keys = ["number", "key", "title", "kind", "replaced-by", "withdrawn"];

    public static void Read(string path, Catalogue catalogue, DiagnosticBag diagnostics)
    {
        var lines = LineMap.Identity(path);
        var root = YamlText.Load(SourceText.Read(path), lines, 1);
        if (root is not YamlSequenceNode list)
        {
            diagnostics.Add(lines.Locate(1), "the catalogue must be a list of documents",
                "write one '- number: …' entry per document, with title: on the next line");
            return;
        }
        foreach (var node in list.Children)
        {
            var entry = new YamlMappingReader(node, Keys, lines, 1, diagnostics, "catalogue");
            var numberText = entry.Text("number");
            var key = entry.Text("key") ?? numberText;
            var title = entry.Required("title", "质量管理体系　要求");
            if (key is null)
            {
                entry.Error("number", "a catalogue entry without number or key",
                    "add number: GB/T 19001—2016, or key: <a short name> for a document without a number");
                continue;
            }
            DocumentNumber? number = null;
            if (numberText is not null && !DocumentNumber.TryParse(numberText, out number))
            {
                entry.Error("number", $"'{numberText}' is not a document number",
                    "write e.g. GB/T 19001—2016, or use key: for a document without a number");
                continue;
            }
            var kind = DocumentKind.Standard;
            if (entry.Text("kind") is { } kindText && !Enum.TryParse(kindText, ignoreCase: true, out kind))
                entry.Error("kind", $"unknown document kind '{kindText}'", "use standard, law, policy or other");
            catalogue.Add(new CatalogueEntry(key, number, title, kind, entry.Location)
            {
                ReplacedBy = entry.Text("replaced-by"), WithdrawnOn = entry.Text("withdrawn"),
            }, diagnostics);
        }
    }
}

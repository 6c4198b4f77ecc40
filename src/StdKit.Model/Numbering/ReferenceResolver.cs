using StdKit.Model.Body;
using StdKit.Model.Diagnostics;
using StdKit.Model.Documents;

namespace StdKit.Model.Numbering;

/// <summary>
/// Binds every <c>[[id]]</c> to the element with that id and every <c>[[@number]]</c> to the catalogue, after
/// numbering, so each reference prints its target's computed number.
/// </summary>
public static class ReferenceResolver
{
    public static void Resolve(Standard standard, Catalogue catalogue, DiagnosticBag diagnostics)
    {
        var targets = CollectTargets(standard, diagnostics);
        foreach (var element in standard.Elements)
        {
            foreach (var segment in element.Texts.SelectMany(t => t.AllSegments))
            {
                switch (segment)
                {
                    case ElementReference reference:
                        if (targets.TryGetValue(reference.TargetId, out var target)) reference.Target = target;
                        else diagnostics.Add(reference.Source, $"unknown reference [[{reference.TargetId}]]",
                            Suggest(reference.TargetId, targets.Keys,
                                "give the clause, table, figure, annex, term or list item this id with {#"
                                + reference.TargetId + "}"));
                        break;
                    case DocumentCitation citation:
                        citation.Document = catalogue.Find(citation.Typed);
                        if (citation.Document is null)
                            diagnostics.Add(citation.Source, $"unknown document [[@{citation.Typed}]]",
                                Suggest(citation.Typed, catalogue.Keys, "add it to content/catalogue.yaml"));
                        break;
                }
            }
        }
    }

    private static Dictionary<string, IReferenceTarget> CollectTargets(Standard standard, DiagnosticBag diagnostics)
    {
        var targets = new Dictionary<string, IReferenceTarget>(StringComparer.Ordinal);
        var firstSeen = new Dictionary<string, Element>(StringComparer.Ordinal);
        foreach (var element in standard.Elements)
        {
            if (element.Id is not { } id) continue;
            if (firstSeen.TryGetValue(id, out var first))
            {
                diagnostics.Add(element.Source, $"duplicate id {{#{id}}} (first used at line {first.Source.Line})",
                    "give each element its own id");
                continue;
            }
            firstSeen[id] = element;
            if (element is IReferenceTarget target) targets[id] = target;
        }
        return targets;
    }

    private static string Suggest(string typed, IEnumerable<string> known, string otherwise) =>
        NearestName.Find(typed, known) is { } near ? $"did you mean '{near}'? otherwise {otherwise}" : otherwise;
}

using System.Text.RegularExpressions;
using StdKit.Model.Body;
using StdKit.Model.Documents;
using StdKit.Model.Provisions;

namespace StdKit.Checker.Core;

/// <summary>A document number cited in running text, and whether the sentence makes it a normative reference.</summary>
public sealed record Citation(TextUnit Unit, TypedNumber Number, bool Normative);

/// <summary>An entry of chapter 2 with the number it names, if it names one.</summary>
public sealed record ListedDocument(DocumentEntry Entry, DocumentNumber? Number, CatalogueEntry? Catalogued);

/// <summary>
/// The citations of one standard (GB/T 1.1 9.5): a document cited through a requirement or instruction ("应符合…",
/// "按…") or named in the terms lead-in is cited normatively; "见…" and informative annexes cite it informatively.
/// </summary>
public static partial class Citations
{
    public static IReadOnlyList<Citation> InText(DocumentContext document)
    {
        // In a guide (指南) a recommendation or permission cites normatively too (GB/T 1.1 9.5.4.1).
        var guide = document.Standard.Metadata.Title.EndsWith("指南", StringComparison.Ordinal);
        ProvisionType[] normativeTypes = guide
            ? [ProvisionType.Requirement, ProvisionType.Recommendation, ProvisionType.Permission]
            : [ProvisionType.Requirement];
        var result = new List<Citation>();
        foreach (var unit in document.Units.Where(u =>
            u.Region is not (Region.NormativeReferences or Region.Bibliography or Region.Preface)
            && u.Kind != UnitKind.Heading))
        {
            var informativeAnnex = unit.Region == Region.InformativeAnnex;
            foreach (var (index, sentence) in Texts.Sentences(unit.Text))
            {
                var termsLeadIn = unit.Region == Region.Terms && sentence.Contains("界定的");
                var normativeSentence = termsLeadIn || Texts.Modals(sentence, normativeTypes).Any()
                    || Instruction().IsMatch(sentence);
                foreach (var number in TypedNumbers.Find(sentence))
                {
                    var pointer = number.Index >= 1 && See().IsMatch(sentence[..number.Index]);
                    result.Add(new Citation(unit, number with { Index = index + number.Index },
                        normativeSentence && !pointer && !informativeAnnex
                        && unit.Kind is not (UnitKind.Note or UnitKind.Example)));
                }
            }
        }
        return result;
    }

    public static IReadOnlyList<ListedDocument> InChapterTwo(DocumentContext document)
    {
        var chapter = document.Standard.Chapters.FirstOrDefault(c => c.Role == ClauseRole.NormativeReferences);
        return chapter is null ? [] : chapter.Blocks.OfType<DocumentEntry>()
            .Select(e => new ListedDocument(e, e.Citation?.Document?.Number ?? e.TypedNumber, e.Citation?.Document))
            .ToList();
    }

    [GeneratedRegex("按照|按|依据|遵照|遵循|符合|执行|采用")]
    private static partial Regex Instruction();

    [GeneratedRegex("(参见|见)\\s*$")]
    private static partial Regex See();
}

using StdKit.Checker.Core;
using StdKit.Checker.Rules.Lists;
using StdKit.Checker.Rules.Provisions;
using StdKit.Checker.Rules.References;
using StdKit.Checker.Rules.Structure;
using StdKit.Checker.Rules.Terms;
using StdKit.Checker.Rules.Wording;

namespace StdKit.Checker;

/// <summary>Every rule of the checker, in the order findings are grouped: structure, wording, provisions, references,
/// terms, lists.</summary>
public static class RuleSet
{
    public static IReadOnlyList<Rule> All { get; } =
    [
        new RequiredChapters(), new HangingParagraph(), new MixedTitles(), new UntitledWithChildren(),
        new SingleSubclause(), new TooDeep(), new FrontMatterContent(), new AnnexPlacement(), new CoverContent(),
        new NormativeReferencesLeadIn(), new TermsLeadIn(), new PatentSentence(), new NumberFormat(),
        new TitleAgreement(), new HalfWidthPunctuation(), new TemplateLeftovers(),
        new ForbiddenModals(), new VagueRequirement(), new StatementOnlyElements(), new ListPunctuation(),
        new DuplicateText(), new ContractAndLegalProvisions(),
        new CitedNotListed(), new ListedNotCited(), new DatedReferences(), new NonStandardReferences(),
        new ReferenceOrder(), new TypedReferences(), new SystemReferences(), new UnreferencedFloats(),
        new DefinitionForm(), new EnglishTerm(), new UnusedTerm(), new ConflictingDefinitions(),
        new TypedListLetters(), new HandTypedNumbers(),
    ];
}

namespace StdKit.Checker.Rules.Wording;

/// <summary>The fixed sentences of GB/T 1.1-2020 (facts §5.2), exactly as they are to be printed.</summary>
public static class FixedSentences
{
    public const string NormativeReferencesLeadIn =
        "下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。其中，注日期的引用文件，仅该日期对应的版本适用于本文件；不注日期的引用文件，其最新版本（包括所有的修改单）适用于本文件。";

    public const string NoNormativeReferences = "本文件没有规范性引用文件。";

    public const string TermsLeadIn = "下列术语和定义适用于本文件。";

    public const string NoTerms = "本文件没有需要界定的术语和定义。";
}

using StdKit.Checker.Core;
using StdKit.Model.Body;

namespace StdKit.Checker.Rules.Structure;

/// <summary>Annexes come before 参考文献, state 规范性 or 资料性, and hold no 范围, references or terms (GB/T 1.1 9.6).</summary>
public sealed class AnnexPlacement : DocumentRule
{
    private static readonly string[] NotInAnnex = ["范围", "规范性引用文件", "术语和定义"];

    public override string Id => "GBT-S08";
    public override Severity Severity => Severity.Error;
    public override string Description => "附录位于参考文献之前、注明规范性或资料性、不含范围等要素";

    public override IEnumerable<Finding> Check(DocumentContext document)
    {
        var seenBibliography = false;
        foreach (var part in document.Standard.Parts)
        {
            if (part is Section { Kind: SectionKind.Bibliography }) seenBibliography = true;
            if (part is not Annex annex) continue;
            if (seenBibliography)
                yield return Finding(annex, $"{annex.ReferenceLabel}位于参考文献之后", "把附录移到参考文献之前");
            if (annex.Nature is null)
                yield return Finding(annex, $"{annex.ReferenceLabel}没有注明“规范性”或“资料性”", "写成 # 附录（规范性）标题 或 # 附录（资料性）标题");
            foreach (var clause in annex.DescendantsAndSelf().OfType<Clause>().Where(c => NotInAnnex.Contains(c.Title)))
                yield return Finding(clause, $"{annex.ReferenceLabel}中含有「{clause.Title}」",
                    "范围、规范性引用文件、术语和定义只放在正文第1～3章");
        }
    }
}

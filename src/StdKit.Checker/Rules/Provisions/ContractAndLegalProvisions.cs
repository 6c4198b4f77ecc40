using System.Text.RegularExpressions;
using StdKit.Checker.Core;

namespace StdKit.Checker.Rules.Provisions;

/// <summary>A standard contains no contract requirements (索赔, 费用结算, 仲裁 …) and no legal provisions (罚则, 法律责任) (GB/T 1.1
/// 5.5.3).</summary>
public sealed partial class ContractAndLegalProvisions : DocumentRule
{
    public override string Id => "GBT-P06";
    public override Severity Severity => Severity.Warning;
    public override string Description => "不含合同要求和法律法规性质的规定";

    public override IEnumerable<Finding> Check(DocumentContext document)
    {
        foreach (var unit in document.Units.Where(u =>
            u.Kind is UnitKind.Paragraph or UnitKind.ListItem && u.Region is Region.Body or Region.NormativeAnnex))
            if (Contract().Match(unit.Text) is { Success: true } m)
                yield return Finding(unit, $"含有合同或法律性质的内容“{m.Value}”：{Quote.Around(unit.Text, m.Index, m.Length)}",
                    "合同条款和罚则不写进标准：删去，或改为对服务本身的要求");
    }

    [GeneratedRegex("索赔|费用结算|付款方式|仲裁|违约责任|罚则|法律责任|行政处罚")]
    private static partial Regex Contract();
}

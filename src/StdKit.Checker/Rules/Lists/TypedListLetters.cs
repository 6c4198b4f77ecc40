using StdKit.Checker.Core;
using StdKit.Model.Body;

namespace StdKit.Checker.Rules.Lists;

/// <summary>List letters typed in the source agree with the computed ones: none skipped or repeated.</summary>
public sealed class TypedListLetters : DocumentRule
{
    public override string Id => "GBT-N01";
    public override Severity Severity => Severity.Error;
    public override string Description => "列项字母连续，不跳号、不重号";

    public override IEnumerable<Finding> Check(DocumentContext document)
    {
        foreach (var item in document.Standard.Elements.OfType<ListItem>())
        {
            if (item.TypedMarker is not { } typed || $"{typed})" == item.Marker) continue;
            yield return Finding(item.Source, item.ReferenceLabel,
                $"列项写作“{typed})”，按顺序应为“{item.Marker}”：{Quote.Of(item.Text.ToString())}",
                "检查是否漏项或多项；字母由 StdKit 生成，写 1. 即可");
        }
    }
}

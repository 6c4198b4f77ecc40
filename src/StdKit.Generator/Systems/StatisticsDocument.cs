using StdKit.Generator.Docx.Styles;
using StdKit.Generator.Docx.Writers;
using StdKit.Model.Systems;

namespace StdKit.Generator.Systems;

/// <summary>标准统计表: 应有数, 现有数 and their percentage by layer (表1) and by level (表2).</summary>
public static class StatisticsDocument
{
    public static readonly IReadOnlyList<string> Columns = ["统计项", "应有数（个）", "现有数（个）", "现有数/应有数（%）"];

    public static void Write(string path, StandardSystem system) =>
        SystemDocument.Write(path, StructureChartDocument.Header(system), $"{system.AgencyName}标准统计表", doc =>
        {
            doc.Add(StyleIds.Paragraph, "按标准体系层次的统计见表1，按标准级别的统计见表2。应有数中，没有标准的类别各计1项。");
            TableWriter.Write(doc, "表1\u3000按层次统计", SystemTables.Of(Columns, Rows(SystemStatistics.ByLayer(system))));
            TableWriter.Write(doc, "表2\u3000按级别统计", SystemTables.Of(Columns, Rows(SystemStatistics.ByLevel(system))));
        });

    private static IEnumerable<IReadOnlyList<string>> Rows(IEnumerable<StatisticsRow> rows) =>
        rows.Select(r => (IReadOnlyList<string>)[r.Item, r.Required.ToString(), r.Existing.ToString(), r.Percent]);
}

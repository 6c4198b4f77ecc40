using StdKit.Generator.Docx.Layout;
using StdKit.Generator.Docx.Styles;
using StdKit.Generator.Docx.Writers;
using StdKit.Model.Systems;

namespace StdKit.Generator.Systems;

/// <summary>标准明细表 (GB/T 13016, GB/T 13017 columns): every standard of the system by layer and category, adopted ones
/// last.</summary>
public static class StandardListDocument
{
    public static readonly IReadOnlyList<string> Columns = ["序号", "体系编号", "标准编号", "标准名称", "级别", "实施日期", "备注"];

    /// <param name="layout">Where a printing found the table crossing pages: it goes on under "表1（续）".</param>
    public static void Write(string path, StandardSystem system, PrintLayout? layout = null) =>
        SystemDocument.Write(path, StructureChartDocument.Header(system), Title(system),
            doc => Content(doc, system, layout));

    private const string TableNumber = "1";

    public static string Title(StandardSystem system) => $"{system.AgencyName}标准明细表";

    public static void Content(DocumentBuilder doc, StandardSystem system, PrintLayout? layout = null)
    {
        doc.Add(StyleIds.Paragraph, $"{system.AgencyName}标准体系共有标准{system.Members.Count}项，明细见表1。");
        var ordered = system.Members
            .OrderBy(m => m.Layer is null)
            .ThenBy(m => m.Layer?.Digit)
            .ThenBy(m => m.Category?.Index)
            .ToList();
        var rows = ordered.Select((m, i) => (IReadOnlyList<string>)
        [
            (i + 1).ToString(), m.SystemCode, m.Number, m.Title, m.Level, m.ImplementationDate ?? "—",
            // The category by name, which 体系编号 gives only as a code; short, so that 标准名称 keeps its width.
            m.Adopted ? "采用" : m.Category!.Name,
        ]);
        TableWriter.Write(doc, "表1\u3000标准明细表", SystemTables.Of(Columns, rows), continuation: new TableContinuation(
            doc.MarkPrefix + TableContinuation.KeyOf(TableNumber), $"表{TableNumber}（续）",
            (layout ?? PrintLayout.Unmeasured).BreaksOf(TableNumber)));
    }
}

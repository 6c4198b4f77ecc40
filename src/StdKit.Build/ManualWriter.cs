using StdKit.Generator;

namespace StdKit.Build;

/// <summary>
/// <c>stdkit build --manual</c>: the planned system bound as the agency's 标准汇编 in <c>&lt;out&gt;/&lt;agency&gt;/</c>,
/// beside the separate files; written afresh on every request, as it depends on every one of them.
/// </summary>
public static class ManualWriter
{
    public const string FileName = "标准汇编.docx";

    /// <returns>The .docx written, and the PDF when asked for.</returns>
    public static IReadOnlyList<string> Write(SystemPlan plan, string outRoot, bool pdf)
    {
        var docx = Path.Combine(outRoot, plan.Agency.Id, FileName);
        var pdfPath = pdf ? Path.ChangeExtension(docx, ".pdf") : null;
        var standards = plan.Outputs.Where(o => o.Printed is not null).Select(o => o.Printed!).ToList();
        ManualPublisher.Publish(docx, pdfPath, plan.System, standards);
        return pdfPath is null ? [docx] : [docx, pdfPath];
    }
}

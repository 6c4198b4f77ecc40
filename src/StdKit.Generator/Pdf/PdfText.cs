namespace StdKit.Generator.Pdf;

/// <summary>The text of each page of a PDF, read with pdftotext (poppler-utils).</summary>
public static class PdfText
{
    public static IReadOnlyList<string> Pages(string pdfPath)
    {
        var tool = ExternalTool.Find("poppler-utils", "pdftotext");
        var text = tool.Run(["-layout", "-enc", "UTF-8", pdfPath, "-"]);
        return text.Split('\f');
    }
}

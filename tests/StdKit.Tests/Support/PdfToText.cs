namespace StdKit.Tests.Support;

/// <summary>Reads a PDF back as text with pdftotext, as a person reading the pages would.</summary>
public static class PdfToText
{
    public static string Read(string pdf)
    {
        var start = new System.Diagnostics.ProcessStartInfo("pdftotext") { RedirectStandardOutput = true };
        foreach (var a in new[] { "-layout", "-enc", "UTF-8", pdf, "-" }) start.ArgumentList.Add(a);
        using var process = System.Diagnostics.Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return text;
    }
}

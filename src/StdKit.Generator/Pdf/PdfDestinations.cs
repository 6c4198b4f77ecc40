using System.Globalization;

namespace StdKit.Generator.Pdf;

/// <summary>The named destinations of a PDF — the bookmarks of the .docx — and their pages, read with
/// pdfinfo.</summary>
public static class PdfDestinations
{
    /// <returns>Page (from 1) by destination name.</returns>
    public static IReadOnlyDictionary<string, int> Read(string pdfPath)
    {
        var tool = ExternalTool.Find("poppler-utils", "pdfinfo");
        return Parse(tool.Run(["-dests", pdfPath]));
    }

    /// <summary>pdfinfo lists one destination a line: the page, the position, then the name in quotes.</summary>
    public static IReadOnlyDictionary<string, int> Parse(string listing)
    {
        var pages = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in listing.Split('\n'))
        {
            var open = line.IndexOf('"');
            var close = line.LastIndexOf('"');
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (open < 0 || close <= open || fields.Length == 0) continue;
            if (int.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var page))
                pages[line[(open + 1)..close]] = page;
        }
        return pages;
    }
}

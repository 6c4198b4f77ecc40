using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using StdKit.Tests.Support;

namespace StdKit.Tests.Cli;

public sealed class RenderCliTests : ContentTest
{
    [Fact]
    public void Render_writes_the_docx_where_asked()
    {
        Content.Write("std.md", TempContent.FrontMatter + "# 范围\n");
        var result = StdKitProcess.Run(Content.Root, "render", "std.md", "-o", "build/标准.docx");
        Assert.Equal("", result.Error);
        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(Path.Combine(Content.Root, "build", "标准.docx")));
    }

    [Fact]
    public void A_bad_image_exits_with_2_and_writes_nothing()
    {
        Content.Write("std.md", TempContent.FrontMatter + "# 范围\n\n![图](missing.png)\n");
        var result = StdKitProcess.Run(Content.Root, "render", "std.md");
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("std.md:8: image file not found", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
        Assert.False(Directory.Exists(Path.Combine(Content.Root, "out"))
            && Directory.EnumerateFileSystemEntries(Path.Combine(Content.Root, "out")).Any());
    }

    /// <summary>Needs LibreOffice and poppler-utils, which .ci/run installs.</summary>
    [SkippableFact]
    public void With_pdf_the_toc_of_both_files_shows_page_numbers()
    {
        ExternalTools.Require("soffice", "libreoffice-writer");
        ExternalTools.Require("pdftotext", "poppler-utils");
        var result = StdKitProcess.Run(Repository.Root, "render", "content/drafts/t-gdcma-integrity-service.md",
            "-o", Path.Combine(Content.Root, "std.docx"), "--pdf");
        Assert.Equal("", result.Error);
        Assert.Equal(0, result.ExitCode);

        var pdfText = PdfToText.Read(Path.Combine(Content.Root, "std.pdf"));
        Assert.Matches(new Regex(@"前言\.{5,}\s*II"), pdfText);
        Assert.Matches(new Regex(@"1 范围\.{5,}\s*1\b"), pdfText);
        Assert.Matches(new Regex(@"参考文献\.{5,}\s*\d+"), pdfText);

        using var document = WordprocessingDocument.Open(Path.Combine(Content.Root, "std.docx"), false);
        var toc = document.MainDocumentPart!.Document.Body!.Descendants<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value is "TOC1" or "TOC2").ToList();
        Assert.All(toc, p => Assert.Single(p.Descendants<TabChar>()));
        Assert.Equal("II", toc[0].Descendants<Text>().Last().Text);
    }
}

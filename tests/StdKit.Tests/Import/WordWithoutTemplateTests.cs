using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using StdKit.Content;
using StdKit.Content.Project;
using StdKit.Generator.Outline;
using StdKit.Import;

namespace StdKit.Tests.Import;

/// <summary>Word files not built on a template: numbers typed into plain paragraphs,
/// or Word's own heading styles.</summary>
public sealed class WordWithoutTemplateTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private const string Expected = """
        T/TEST 001—2025　服务规范（征求意见稿）
        1　范围
        2　规范性引用文件
        3　术语和定义
          3.1　服务　service
        4　要求
          4.1　总则
            4.1.1　服务机构应公开服务承诺。
            4.1.2　服务机构应保存服务记录，见4.1.1。
              a)　记录服务时间；
              b)　记录服务内容。
          4.2　评价
            注：评价每年一次。

        """;

    [Fact]
    public void Typed_numbers_in_unstyled_paragraphs_give_the_structure()
    {
        var path = Write("typed.docx", [
            (null, "T/TEST 001—2025"), (null, "服务规范"), (null, "征求意见稿"),
            (null, "1 范围"), (null, "本文件规定了服务要求。"),
            (null, "2 规范性引用文件"), (null, "本文件没有规范性引用文件。"),
            (null, "3 术语和定义"), (null, "下列术语和定义适用于本文件。"), (null, "3.1"), (null, "服务 service"),
            (null, "为顾客提供的活动。"),
            (null, "4 要求"), (null, "4.1 总则"), (null, "4.1.1 服务机构应公开服务承诺。"),
            (null, "4.1.2 服务机构应保存服务记录，见4.1.1。"), (null, "a) 记录服务时间；"), (null, "b) 记录服务内容。"),
            (null, "4.2 评价"), (null, "注：评价每年一次。"),
        ]);
        Assert.Equal(Expected, Outline(path, out var content));
        Assert.Contains("见[[c4.1.1]]", content);
    }

    [Fact]
    public void Word_heading_styles_give_the_structure()
    {
        var path = Write("headings.docx", [
            ("Title", "服务规范"), (null, "T/TEST 001—2025"), (null, "（征求意见稿）"),
            ("Heading1", "范围"), (null, "本文件规定了服务要求。"),
            ("Heading1", "规范性引用文件"), (null, "本文件没有规范性引用文件。"),
            ("Heading1", "术语和定义"), (null, "下列术语和定义适用于本文件。"), ("Heading2", "服务 service"),
            (null, "为顾客提供的活动。"),
            ("Heading1", "要求"), ("Heading2", "总则"), (null, "4.1.1 服务机构应公开服务承诺。"),
            (null, "4.1.2 服务机构应保存服务记录，见4.1.1。"), (null, "a) 记录服务时间；"), (null, "b) 记录服务内容。"),
            ("Heading2", "评价"), (null, "注：评价每年一次。"),
        ]);
        Assert.Equal(Expected, Outline(path, out _));
    }

    private string Outline(string docx, out string content)
    {
        content = Importer.Import(docx).Content;
        var standard = StandardReader.Read(folder.Write(Path.ChangeExtension(Path.GetFileName(docx), ".md"), content),
            ContentProject.Load(Support.Repository.Content));
        return OutlineWriter.Write(standard);
    }

    private string Write(string name, IReadOnlyList<(string? Style, string Text)> paragraphs)
    {
        var path = folder.File(name);
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var body = new Body();
        foreach (var (style, text) in paragraphs)
        {
            var p = new Paragraph(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
            if (style is not null) p.PrependChild(new ParagraphProperties(new ParagraphStyleId { Val = style }));
            body.Append(p);
        }
        document.AddMainDocumentPart().Document = new Document(body);
        return path;
    }
}

using System.Text.RegularExpressions;
using StdKit.Generator;
using StdKit.Generator.Pdf;
using StdKit.Tests.Content;
using StdKit.Tests.Support;

namespace StdKit.Tests.Pdf;

/// <summary>Footnotes and figure notes as LibreOffice prints them.</summary>
public sealed class NotesPrintTests : ContentTest
{
    /// <summary>The text of every page of the notes sample printed through LibreOffice, spaces kept.</summary>
    private IReadOnlyList<string> Print()
    {
        ExternalTools.Require("soffice", "libreoffice-writer");
        ExternalTools.Require("pdftotext", "poppler-utils");
        File.Copy(Path.Combine(Repository.Content, "drafts", "figures", "db53-figure-1.png"),
            Path.Combine(Content.Root, "flow.png"));
        var standard = Content.Read(
            Content.Write("std.md", FormulaAndNoteTests.FrontMatter + FormulaAndNoteTests.Body));
        var pdf = Path.Combine(Content.Root, "std.pdf");
        StandardPublisher.Publish(standard, Path.Combine(Content.Root, "std.docx"), pdf);
        return PdfText.Pages(pdf);
    }

    [SkippableFact]
    public void A_footnote_mark_prints_as_1_and_its_bracket_together_in_the_text_and_at_the_foot()
    {
        var pages = Print();
        var page = pages.Single(p => p.Contains("本文件所称服务包括线上服务和线下服务。"));
        // In the text and at the foot: "1)" in one piece, never "1    )" (a number set apart from its bracket).
        Assert.Equal(2, Regex.Matches(page, @"(?<![(.\d])1\)").Count); // not the formula number (1)
        Assert.DoesNotMatch(@"\d\s+\)", string.Concat(pages));
    }

    [SkippableFact]
    public void A_figure_prints_its_notes_and_footnotes_between_its_key_and_its_title()
    {
        // The sample's two pictures fill a page: the figure may go on to the next.
        var lines = string.Concat(Print()).Split('\n').Select(l => l.Replace(" ", "")).ToList();
        int At(string text) => lines.FindIndex(l => l.Contains(text));
        Assert.True(At("标引序号说明") < At("注1：受理窗口") && At("注1：受理窗口") < At("注2：办理部门")
            && At("注2：办理部门") < At("线上受理不设窗口") && At("线上受理不设窗口") < At("图1服务流程"),
            string.Join("\n", lines));
    }
}

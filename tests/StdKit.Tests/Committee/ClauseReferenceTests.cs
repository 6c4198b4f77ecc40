using StdKit.Build.Committee;
using StdKit.Build.Committee.Comments;
using StdKit.Model.Committee;
using StdKit.Model.Diagnostics;

namespace StdKit.Tests.Committee;

public sealed class ClauseReferenceTests
{
    [Theory]
    [InlineData("第5章", "5")]
    [InlineData("5．3", "5.3")]
    [InlineData("５.３.２条", "5.3.2")]
    [InlineData("表 1", "表1")]
    [InlineData("附录a", "附录A")]
    [InlineData("6.2.1b）", "6.2.1 b)")]
    [InlineData("4.3.1 d)", "4.3.1 d)")]
    [InlineData(" 前言 ", "前言")]
    public void A_typed_reference_is_read_as_the_numbering_prints_it(string typed, string expected) =>
        Assert.Equal([expected], ClauseReferences.Split(typed));

    [Fact]
    public void Several_references_and_ranges_are_each_checked() =>
        Assert.Equal(["5.1", "5.2", "6.1", "6.3"], ClauseReferences.Split("5.1、5.2，6.1～6.3"));

    [Fact]
    public void The_bad_input_fixture_reports_every_clause_the_draft_does_not_have()
    {
        var path = SampleCommittee.Fixture("bad-clauses.csv");
        var comments = CommentFiles.Read(path, "专精特新中小企业服务机构诚信服务规范");
        var diagnostics = new DiagnosticBag();
        new ClauseReferences(SampleCommittee.ConsultationText()).Check(comments, diagnostics);
        // 5.3 has no sub-clauses, the draft has no table, no annex and seven chapters; 6.2.1 b) exists.
        Assert.Equal([2, 3, 4, 6], diagnostics.Items.Select(d => d.Location!.Line));
        Assert.All(diagnostics.Items, d => Assert.EndsWith("bad-clauses.csv", d.Location!.File));
        Assert.Contains("'5.3.2': 5.3.2 does not exist in the 征求意见稿 of T/GDCMA XXX—2024", diagnostics.Items[0].Message);
        Assert.Contains("stdkit outline", diagnostics.Items[0].Fix);
        Assert.Contains("8 does not exist", diagnostics.Items[3].Message);
    }

    [Fact]
    public void A_comment_is_checked_against_the_stage_it_was_made_on()
    {
        var comment = new Comment(new SourceLocation("意见.csv", 9), "意见.csv:9", "4.3.5", "与4.3.4重复。", "删除。", "佛山", "");
        var onConsultation = new DiagnosticBag();
        new ClauseReferences(SampleCommittee.ConsultationText()).Check([comment], onConsultation);
        Assert.Empty(onConsultation.Items);
        // The 送审稿 deleted the duplicate, so there the same number names nothing.
        var onReview = new DiagnosticBag();
        new ClauseReferences(SampleCommittee.ReviewText()).Check([comment], onReview);
        Assert.Equal("意见.csv:9", Assert.Single(onReview.Items).Location!.ToString());
    }

    [Fact]
    public void Comments_sort_in_the_order_of_the_text()
    {
        var references = new ClauseReferences(SampleCommittee.ConsultationText());
        string[] typed = ["参考文献", "7.1", "6.10.2", "6.9", "3.1", "2", "引言", "前言", "全文"];
        Assert.Equal(typed.Reverse(), typed.OrderBy(references.Position));
    }
}

using System.Diagnostics;
using StdKit.Build.Committee;
using StdKit.Build.Committee.Changes;
using StdKit.Model.Committee;
using StdKit.Tests.Import;
using StdKit.Tests.Support;

namespace StdKit.Tests.Committee;

public sealed class StageComparisonTests
{
    private static IReadOnlyList<ClauseChange> SampleChanges() =>
        StageComparison.Compare(SampleCommittee.ConsultationText(), SampleCommittee.ReviewText());

    [Fact]
    public void A_clause_moved_to_another_chapter_is_a_move_not_a_deletion_and_an_addition()
    {
        var changes = SampleChanges();
        var tracking = Assert.Single(changes, c => c.Old?.Label == "6.9");
        Assert.Equal(ChangeKind.Moved, tracking.Kind);
        Assert.Equal("7.5", tracking.New!.Label);
        Assert.Equal("服务跟踪", tracking.New.Title);
        // What follows it is renumbered, not rewritten.
        Assert.Equal(ChangeKind.Moved, changes.Single(c => c.Old?.Label == "6.10.2").Kind);
        Assert.Equal("6.9.2", changes.Single(c => c.Old?.Label == "6.10.2").New!.Label);
    }

    [Fact]
    public void Deleted_added_and_modified_clauses_are_found_where_the_drafters_changed_them()
    {
        var changes = SampleChanges();
        Assert.Equal(ChangeKind.Deleted, Assert.Single(changes, c => c.Old?.Label == "4.3.5").Kind);
        Assert.Equal(ChangeKind.Added, Assert.Single(changes, c => c.New?.Label == "4.2.3").Kind);
        Assert.Equal(ChangeKind.Modified, changes.Single(c => c.New?.Label == "4.1.1").Kind);
        // A title corrected (改进机制评 → 改进机制评价) is a modified clause.
        var retitled = changes.Single(c => c.New?.Label == "7.1");
        Assert.Equal((ChangeKind.Modified, "改进机制评"), (retitled.Kind, retitled.Old!.Title));
        Assert.Equal(ChangeKind.Modified, changes.Single(c => c.New?.Label == "2").Kind);
        Assert.Equal(11, changes.Count(c => c.Kind != ChangeKind.Unchanged));
        // Every clause of both versions is accounted for exactly once.
        Assert.Equal(changes.Count(c => c.Old is not null),
            changes.Select(c => c.Old).OfType<ClauseText>().Distinct().Count());
    }

    [Fact]
    public void A_version_compared_with_itself_has_no_changes()
    {
        var text = SampleCommittee.ConsultationText();
        Assert.All(StageComparison.Compare(text, SampleCommittee.ConsultationText()),
            c => Assert.Equal(ChangeKind.Unchanged, c.Kind));
    }

    [Fact]
    public void The_text_lists_each_change_with_its_numbers()
    {
        var text = ChangeReport.Text(SampleChanges(), "征求意见稿", "送审稿");
        Assert.Contains("移动\t6.9 → 7.5\t服务跟踪", text);
        Assert.Contains("删除\t4.3.5 → —\t", text);
        Assert.Contains("共11处：移动6，修改3，新增1，删除1", text);
    }

    [SkippableFact]
    public void Two_git_revisions_of_one_file_are_compared_and_a_revision_preface_is_drafted()
    {
        ExternalTools.Require("git", "git");
        using var temp = new TempFolder();
        var file = temp.Write("std.md",
            "---\ntype: group\nnumber: T/TEST 1—2020\ntitle: 测试标准\n---\n# 范围\n\n本文件规定了测试。\n\n" +
            "# 要求\n\n## 人员\n\n人员应持证上岗。\n\n## 设备\n\n设备应定期校准。\n");
        Git(temp.Path, "init", "-q");
        Git(temp.Path, "add", "std.md");
        Git(temp.Path, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "2020");
        File.WriteAllText(file, "---\ntype: group\nnumber: T/TEST 1—2025\ntitle: 测试标准\n---\n# 范围\n\n本文件规定了测试。\n\n" +
            "# 要求\n\n## 设备\n\n设备应每年校准一次，并保存校准记录。\n\n## 环境\n\n环境温度应为15 ℃～30 ℃。\n");
        var old = new StandardVersions().Read($"HEAD:{file}");
        Assert.Equal("T/TEST 1—2020", old.Metadata.Number.ToString());
        Assert.StartsWith("HEAD:", old.SourcePath);
        var changes = StageComparison.Compare(old, new StandardVersions().Read(file));
        var preface = ChangeReport.PrefaceDraft(changes, old.Metadata.Number);
        Assert.Equal(
            "本文件代替T/TEST 1—2020，与T/TEST 1—2020相比，除结构调整和编辑性改动外，主要技术变化如下：\n" +
            "——删除了“人员”（见2020年版的2.1）；\n" +
            "——更改了“设备”（见2.1，2020年版的2.2）；\n" +
            "——增加了“环境”（见2.2）。\n", preface.ReplaceLineEndings("\n"));
    }

    [SkippableFact]
    public void An_unknown_revision_is_a_user_error()
    {
        ExternalTools.Require("git", "git");
        var error = Assert.Throws<StdKit.Model.Diagnostics.UserError>(
            () => new StandardVersions().Read($"no-such-tag:{SampleCommittee.Consultation}"));
        Assert.Contains("git has no t-gdcma-integrity-service.md at revision no-such-tag", error.Message);
    }

    private static void Git(string folder, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}

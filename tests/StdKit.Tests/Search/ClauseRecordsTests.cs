using StdKit.Search.Records;
using StdKit.Tests.Support;

namespace StdKit.Tests.Search;

public sealed class ClauseRecordsTests : ContentTest
{
    [Fact]
    public void Every_unit_is_a_record_with_the_computed_number()
    {
        var standard = Content.ReadBody("""
            # 术语和定义

            下列术语和定义适用于本文件。

            ## 服务 | service

            活动。

            注：说明。

            # 要求

            ## 制度

            ###
            应建立制度，包括：

            1. 管理制度；
            2. 保密制度。

            表：人员

            | 岗位 | 人数 |
            |---|---|
            | 顾问 | 2 |
            """);
        var records = ClauseRecords.From(standard).Select(r => (r.Number, r.Kind, r.Text)).ToList();
        Assert.Equal(
        [
            ("1", ClauseKind.Chapter, "术语和定义"),
            ("1", ClauseKind.Paragraph, "下列术语和定义适用于本文件。"),
            ("1.1", ClauseKind.Term, "活动。"),
            ("1.1", ClauseKind.Note, "说明。"),
            ("2", ClauseKind.Chapter, "要求"),
            ("2.1", ClauseKind.Clause, "制度"),
            ("2.1.1", ClauseKind.Paragraph, "应建立制度，包括："),
            ("2.1.1 a)", ClauseKind.ListItem, "管理制度；"),
            ("2.1.1 b)", ClauseKind.ListItem, "保密制度。"),
            ("表1", ClauseKind.TableRow, "顾问 | 2"),
        ], records);
        Assert.All(ClauseRecords.From(standard), r => Assert.Equal("T/TEST 001—2025", r.Standard));
    }
}

namespace StdKit.Model.Committee;

/// <summary>
/// The fields of the 征求意见表 (after the Yunnan form of DB53/T drafts): written by the generator, read back from the
/// returned forms, so both sides agree on every label.
/// </summary>
public static class CommentForm
{
    public const string Name = "姓名";
    public const string Position = "职务/职称";
    public const string Unit = "单位名称";
    public const string Phone = "电话";
    public const string Email = "电子邮箱";
    public const string Address = "联系地址";
    public const string Standard = "征求意见的标准";
    public const string DraftingUnit = "标准起草单位";

    /// <summary>The sender's fields, two pairs to a row: label, blank, label, blank.</summary>
    public static readonly IReadOnlyList<(string, string)> SenderRows =
        [(Name, Position), (Unit, Phone), (Email, Address)];

    /// <summary>The header of the comment table; a returned form whose header differs has been altered.</summary>
    public static readonly IReadOnlyList<string> CommentHeader = ["序号", "标准章条编号", "意见内容", "修改建议"];

    /// <summary>Empty rows printed for the comments; a unit with more adds rows in Word.</summary>
    public const int BlankRows = 7;
}

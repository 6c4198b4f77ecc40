using StdKit.Model.Provisions;

namespace StdKit.Search.Records;

/// <summary>
/// The names the knowledge base, the options and the JSON output use, and the Chinese ones people read.
/// </summary>
public static class Vocabulary
{
    private static readonly (ProvisionType Type, string Id, string Chinese)[] Provisions =
    [
        (ProvisionType.Requirement, "requirement", "要求"),
        (ProvisionType.Recommendation, "recommendation", "推荐"),
        (ProvisionType.Permission, "permission", "允许"),
        (ProvisionType.Possibility, "possibility", "可能性和能力"),
        (ProvisionType.Statement, "statement", "陈述"),
    ];

    private static readonly (ClauseKind Kind, string Id, string Chinese)[] Kinds =
    [
        (ClauseKind.Chapter, "chapter", "章"),
        (ClauseKind.Clause, "clause", "条"),
        (ClauseKind.Paragraph, "paragraph", "段"),
        (ClauseKind.ListItem, "list-item", "列项"),
        (ClauseKind.Note, "note", "注"),
        (ClauseKind.Example, "example", "示例"),
        (ClauseKind.Term, "term", "术语"),
        (ClauseKind.TableRow, "table-row", "表行"),
        (ClauseKind.DocumentEntry, "document-entry", "文件清单"),
    ];

    public static IEnumerable<string> ProvisionIds => Provisions.Select(p => p.Id);

    public static string Id(this ProvisionType type) => Provisions.First(p => p.Type == type).Id;
    public static string ChineseName(this ProvisionType type) => Provisions.First(p => p.Type == type).Chinese;
    public static ProvisionType ParseProvision(string id) => Provisions.First(p => p.Id == id).Type;

    public static string Id(this ClauseKind kind) => Kinds.First(k => k.Kind == kind).Id;
    public static string ChineseName(this ClauseKind kind) => Kinds.First(k => k.Kind == kind).Chinese;
    public static ClauseKind ParseKind(string id) => Kinds.First(k => k.Id == id).Kind;
}

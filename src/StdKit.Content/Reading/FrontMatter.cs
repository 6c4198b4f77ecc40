using StdKit.Model.Diagnostics;

namespace StdKit.Content.Reading;

/// <summary>Splits a content file into its YAML front matter and its Markdown body, keeping their first line
/// numbers.</summary>
public sealed record FrontMatter(string Yaml, int YamlFirstLine, string Body, int BodyFirstLine)
{
    public static FrontMatter Split(string text, LineMap lines)
    {
        var all = text.Split('\n');
        if (all.Length == 0 || all[0].TrimEnd() != "---")
            throw new UserError(lines.Locate(1), "the file does not start with front matter",
                "put the document's metadata first, between two lines of ---  (see docs/content-format.md §1)");
        for (var i = 1; i < all.Length; i++)
        {
            if (all[i].TrimEnd() is "---" or "...")
                return new FrontMatter(string.Join('\n', all[1..i]), 2, string.Join('\n', all[(i + 1)..]), i + 2);
        }
        throw new UserError(lines.Locate(1), "the front matter is not closed",
            "end the metadata with a line of ---");
    }
}

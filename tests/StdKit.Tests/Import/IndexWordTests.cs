using StdKit.Content;
using StdKit.Content.Project;
using StdKit.Generator.Docx;
using StdKit.Tests.Search;
using StdKit.Tests.Support;

namespace StdKit.Tests.Import;

/// <summary>`stdkit index` takes the .docx standards of the content tree too, imported, clause by clause.</summary>
public sealed class IndexWordTests : SearchContent
{
    [Fact]
    public void A_word_standard_in_the_content_tree_is_searchable_clause_by_clause()
    {
        var draft = Path.Combine(Repository.Content, "drafts", "public-service-agency-requirements.md");
        DocxRenderer.Render(StandardReader.Read(draft, ContentProject.Load(Repository.Content)),
            Path.Combine(Content.Root, "word", "external.docx"));
        Index();

        var hit = Assert.Single(Search("服务委托合同").Hits, h => h.Clause == "6.4");
        Assert.Equal("DB4401/T XXXX—XXXX", hit.Standard);
        Assert.Equal("服务实施", hit.Title);
    }
}

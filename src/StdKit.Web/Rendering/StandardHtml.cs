using StdKit.Generator.Composition;
using StdKit.Model.Body;
using StdKit.Model.Documents;
using StdKit.Model.Provisions;
using StdKit.Model.Wording;
using StdKit.Search.Records;

namespace StdKit.Web.Rendering;

/// <summary>The body of a reading view and the ids it holds.</summary>
public sealed record RenderedStandard(string Html, IReadOnlySet<string> Ids);


/// <summary>
/// The body of a standard as HTML — 前言, 引言, chapters, annexes and 参考文献 — from the same model and the same
/// wording as the Word file: a second renderer beside the Word writer. Every clause, term, table, figure and list item
/// carries its number as its id; cross-references and cited documents of the knowledge base are links.
/// </summary>
public sealed class StandardHtml : IBlockVisitor
{
    private readonly HtmlText _html;
    private readonly Standard _standard;
    private readonly ReadingContext _context;
    private readonly TermMarks _terms;
    /// <summary>Footnotes of running text met so far, printed after the body as the page's foot.</summary>
    private readonly List<Footnote> _footnotes = [];

    private StandardHtml(TextWriter output, Standard standard, ReadingContext context)
    {
        _html = new HtmlText(output);
        _standard = standard;
        _context = context;
        _terms = new TermMarks(standard);
    }

    public static RenderedStandard Write(Standard standard, ReadingContext context)
    {
        var output = new StringWriter();
        var writer = new StandardHtml(output, standard, context);
        writer.Document();
        return new RenderedStandard(output.ToString(), writer._html.Ids);
    }

    private void Document()
    {
        Section(SectionKind.Preface.Title(), () => Blocks(PrefaceComposer.Compose(_standard)));
        if (_standard.Introduction is { } introduction) Section(introduction.Label, () => Division(introduction));
        _html.Open("h1", ("class", "body-title")).Text(_standard.Metadata.DisplayBodyTitle).Close("h1");
        foreach (var part in _standard.Parts)
        {
            switch (part)
            {
                case Clause chapter:
                    Clause(chapter);
                    break;
                case Annex annex:
                    _html.Open("section", ("class", "annex"), ("id", Links.Anchor(annex)))
                        .Open("h2", ("class", "annex-heading"));
                    var lines = Headings.AnnexLines(annex).ToList();
                    for (var i = 0; i < lines.Count; i++)
                    {
                        if (i > 0) _html.Raw("<br>");
                        if (i == 0) Number(annex.Label, annex.Label);
                        else _html.Text(lines[i]);
                    }
                    CitedCount(annex.Label);
                    _html.Close("h2");
                    Findings(annex.Label);
                    Division(annex);
                    _html.Close("section");
                    break;
                case Section { Kind: SectionKind.Bibliography } bibliography:
                    Section(bibliography.Label, () => Division(bibliography));
                    break;
            }
        }
        if (_standard.Metadata.Index) Section(IndexEntries.Title, Index);
        Footnotes();
    }

    /// <summary>索引: each keyword with a link to the entry that defines it, under its initial letter.</summary>
    private void Index()
    {
        _html.Raw("<ul class=\"index\">");
        foreach (var group in IndexEntries.From(_standard))
        {
            if (group.Initial.Length > 0) _html.Element("li", group.Initial, ("class", "index-letter"));
            foreach (var entry in group.Entries)
                _html.Raw("<li>").Text(entry.Keyword).Raw("　")
                    .Open("a", ("href", "#" + Links.Anchor(entry.Number))).Text(entry.Number).Close("a").Raw("</li>");
        }
        _html.Raw("</ul>");
    }

    private void Footnotes()
    {
        if (_footnotes.Count == 0) return;
        _html.Raw("<section class=\"footnotes\"><hr>");
        foreach (var footnote in _footnotes)
        {
            _html.Open("p", ("class", "footnote"), ("id", "fn-" + footnote.Label.TrimEnd(')'))).Text(footnote.Label)
                .Raw("　");
            Inline(footnote.Text);
            _html.Close("p");
        }
        _html.Raw("</section>");
    }

    /// <summary>前言, 引言 and 参考文献: a titled, unnumbered part.</summary>
    private void Section(string title, Action content)
    {
        _html.Open("section", ("class", "front"), ("id", Links.Anchor(title)))
            .Element("h2", title, ("class", "front-title"));
        content();
        _html.Close("section");
    }

    private void Division(Division division)
    {
        Blocks(division.Blocks);
        foreach (var clause in division.Clauses) Clause(clause);
    }

    /// <summary>A titled clause is a heading; an untitled one runs its number into its first paragraph (GB/T 1.1
    /// 7.3).</summary>
    private void Clause(Clause clause)
    {
        var numbered = clause.Number.Length > 0;
        _html.Open("section", ("class", $"clause level-{clause.Level}"),
            ("id", numbered ? Links.Anchor(clause) : null));
        if (clause.Title is { } title)
        {
            var tag = $"h{Math.Min(clause.Level + 1, 6)}";
            _html.Open(tag, ("class", "heading"));
            if (numbered) Number(clause.Number, clause.Number).Raw("\u3000");
            _html.Text(title);
            CitedCount(clause.Number);
            _html.Close(tag);
            Findings(clause.Number);
            Division(clause);
        }
        else
        {
            Findings(clause.Number);
            var blocks = clause.Blocks;
            if (blocks.FirstOrDefault() is Paragraph first && Shown(Classify(first.Text)))
            {
                ProvisionParagraph(first, () =>
                {
                    if (numbered) Number(clause.Number, clause.Number).Raw("\u3000");
                });
                blocks = [.. blocks.Skip(1)];
            }
            else if (numbered)
            {
                _html.Open("p", ("class", "untitled-number"));
                Number(clause.Number, clause.Number);
                _html.Close("p");
            }
            Blocks(blocks);
            foreach (var child in clause.Clauses) Clause(child);
        }
        _html.Close("section");
    }

    /// <summary>The number of a clause, term or annex as a link to itself: the address to copy and share.</summary>
    private HtmlText Number(string label, string printed) =>
        _html.Open("a", ("class", "num"), ("href", "#" + Links.Anchor(label)), ("title", "本条链接")).Text(printed)
            .Close("a");

    private void CitedCount(string label)
    {
        if (!_context.CitationCounts.TryGetValue(label, out var count)) return;
        _html.Open("a", ("class", "cited"), ("href", Links.Citations(_context.Number, label)), ("title", "引用本条的条款"))
            .Text($"被引用{count}次").Close("a");
    }

    private void Findings(string clause)
    {
        foreach (var finding in _context.Findings.Where(f => f.Clause == clause && clause.Length > 0))
            _html.Open("aside", ("class", $"finding {finding.Severity.ToString().ToLowerInvariant()}"))
                .Element("span", finding.Rule, ("class", "rule")).Raw(" ").Text(finding.Message)
                .Raw(" — ").Text(finding.Fix).Close("aside");
    }

    private void Blocks(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks) block.Accept(this);
    }

    public void Paragraph(Paragraph paragraph)
    {
        if (Shown(Classify(paragraph.Text))) ProvisionParagraph(paragraph, () => { });
    }

    private void ProvisionParagraph(Paragraph paragraph, Action before)
    {
        var provision = Classify(paragraph.Text);
        _html.Open("p", ("class", "prov-" + provision.Id()));
        before();
        Inline(paragraph.Text);
        Badge(provision);
        _html.Close("p");
    }

    public void Note(Note note) => Labelled(note, "note");

    public void Example(Example example) => Labelled(example, "example");

    /// <summary>Notes and examples are informative: not shown among the requirements.</summary>
    private void Labelled(AdditionalInformation info, string kind)
    {
        if (_context.Mode == ReadingMode.Requirements) return;
        _html.Open("p", ("class", kind)).Element("span", info.Label, ("class", "label"));
        Inline(info.Text);
        _html.Close("p");
    }

    public void List(ListBlock list)
    {
        var items = list.Items.Where(i => Shown(Classify(i.Text)) || i.SubList is not null).ToList();
        if (items.Count == 0) return;
        _html.Open("ul", ("class", $"list depth-{list.Depth}"));
        foreach (var item in items)
        {
            var provision = Classify(item.Text);
            _html.Open("li", ("id", Links.Anchor(item)), ("class", "prov-" + provision.Id()))
                .Element("span", item.Marker, ("class", "marker"));
            Inline(item.Text);
            Badge(provision);
            if (item.SubList is { } sub) List(sub);
            _html.Close("li");
        }
        _html.Close("ul");
    }

    public void Table(Table table)
    {
        _html.Open("figure", ("class", "table"), ("id", Links.Anchor(table)))
            .Open("figcaption").Text(Captions.Table(table));
        CitedCount(table.ReferenceLabel);
        _html.Close("figcaption").Raw("<div class=\"table-scroll\"><table>");
        if (table.HeaderRows.Count > 0)
        {
            _html.Raw("<thead>");
            Rows(table.HeaderRows, "th");
            _html.Raw("</thead>");
        }
        _html.Raw("<tbody>");
        Rows(table.Rows, "td");
        _html.Raw("</tbody>");
        var footnotes = table.Footnotes.ToList();
        if (table.Notes.Count + footnotes.Count > 0)
        {
            _html.Open("tfoot").Open("tr").Open("td", ("colspan", table.ColumnCount.ToString()));
            NotesOf(table.Notes, footnotes);
            _html.Close("td").Close("tr").Close("tfoot");
        }
        _html.Raw("</table></div></figure>");
    }

    /// <summary>
    /// The notes and lettered footnotes of a table or a figure; shown in every view, as they belong to the table or
    /// figure shown.
    /// </summary>
    private void NotesOf(IReadOnlyList<Note> notes, IReadOnlyList<Footnote> footnotes)
    {
        foreach (var note in notes)
        {
            _html.Open("p", ("class", "note")).Element("span", note.Label, ("class", "label"));
            Inline(note.Text);
            _html.Close("p");
        }
        foreach (var footnote in footnotes)
        {
            _html.Open("p", ("class", "table-footnote")).Element("sup", footnote.Label).Raw("　");
            Inline(footnote.Text);
            _html.Close("p");
        }
    }

    /// <summary>A cell merged with those below it (^ in the source) or to its right (&lt;) spans them.</summary>
    private void Rows(IReadOnlyList<TableRow> rows, string cellTag)
    {
        for (var r = 0; r < rows.Count; r++)
        {
            _html.Raw("<tr>");
            for (var c = 0; c < rows[r].Cells.Count; c++)
            {
                var cell = rows[r].Cells[c];
                if (cell.IsMerged) continue;
                var span = 1;
                while (r + span < rows.Count && c < rows[r + span].Cells.Count
                    && rows[r + span].Cells[c].MergedAbove) span++;
                var columns = rows[r].Span(c);
                _html.Open(cellTag, ("rowspan", span > 1 ? span.ToString() : null),
                    ("colspan", columns > 1 ? columns.ToString() : null));
                Inline(cell.Text, inTable: true);
                _html.Close(cellTag);
            }
            _html.Raw("</tr>");
        }
    }

    public void Figure(Figure figure)
    {
        var caption = Captions.Figure(figure);
        _html.Open("figure", ("class", "figure"), ("id", Links.Anchor(figure)));
        if (figure.SubFigures.Count == 0)
            _html.Open("img", ("src", Links.Figure(_context.Number, figure.Number)), ("alt", caption));
        foreach (var part in figure.SubFigures)
            _html.Open("figure", ("class", "sub-figure"))
                .Open("img", ("src", Links.Figure(_context.Number, figure.Number + part.Label.TrimEnd(')'))),
                    ("alt", Captions.SubFigure(part)))
                .Element("figcaption", Captions.SubFigure(part)).Close("figure");
        Key(KeyLeads.Figure, figure.Key);
        NotesOf(figure.Notes, figure.Footnotes);
        _html.Open("figcaption").Text(caption);
        CitedCount(figure.ReferenceLabel);
        _html.Close("figcaption").Close("figure");
    }

    /// <summary>The formula centred with its number at the right, then its key.</summary>
    public void Formula(Formula formula)
    {
        _html.Open("div", ("class", "formula"), ("id", Links.Anchor(formula)));
        MathMarkup.Write(_html, formula.Math, block: true);
        _html.Element("span", formula.NumberLabel, ("class", "formula-number"));
        CitedCount(formula.ReferenceLabel);
        _html.Close("div");
        Key(KeyLeads.Formula, formula.Key);
    }

    private void Key(string lead, IReadOnlyList<KeyEntry> key)
    {
        if (key.Count == 0) return;
        _html.Element("p", lead, ("class", "key-lead")).Raw("<dl class=\"key\">");
        foreach (var entry in key)
        {
            _html.Raw("<dt>");
            MathMarkup.Write(_html, entry.SymbolMath, block: false);
            _html.Raw("</dt><dd>——");
            Inline(entry.Explanation);
            _html.Raw("</dd>");
        }
        _html.Raw("</dl>");
    }

    /// <summary>Definitions are statements: among the requirements alone they are left out.</summary>
    public void Term(TermEntry term)
    {
        if (_context.Mode == ReadingMode.Requirements) return;
        _html.Open("div", ("class", "term"), ("id", Links.Anchor(term))).Open("p", ("class", "term-number"));
        Number(term.Number, term.Number);
        CitedCount(term.Number);
        _html.Close("p").Open("p", ("class", "term-name"))
            .Open("dfn", ("title", term.Definition.ToString())).Text(term.Term).Close("dfn");
        if (term.EnglishTerm is { } english) _html.Raw("\u3000").Element("span", english, ("lang", "en"));
        _html.Close("p");
        Findings(term.Number);
        if (!term.Definition.IsEmpty)
        {
            _html.Open("p", ("class", "definition"));
            Inline(term.Definition);
            _html.Close("p");
        }
        Blocks(term.Blocks);
        if (term.TermSource is { } source) _html.Element("p", Captions.TermSource(source), ("class", "term-source"));
        _html.Close("div");
    }

    public void DocumentEntry(DocumentEntry entry)
    {
        if (_context.Mode == ReadingMode.Requirements) return;
        _html.Open("p", ("class", entry.Label.Length > 0 ? "bibliography-entry" : "reference-entry"));
        if (entry.Label.Length > 0) _html.Text(entry.Label).Raw("\u3000");
        var number = entry.Citation?.Document?.Number?.ToString() ?? entry.TypedNumber?.ToString();
        if (number is not null && _context.CitedStandard(number) is { } link)
            _html.Open("a", ("href", link)).Text(entry.DisplayText).Close("a");
        else _html.Text(entry.DisplayText);
        _html.Close("p");
    }

    /// <summary>Running text: references link to their target, cited documents to their reading view, terms show their
    /// definition.</summary>
    /// <param name="inTable">A footnote in a table cell is the table's, printed under it.</param>
    private void Inline(InlineText text, bool inTable = false)
    {
        foreach (var segment in text.Segments)
        {
            switch (segment)
            {
                case Footnote footnote when inTable:
                    _html.Element("sup", footnote.Label, ("class", "fn"));
                    break;
                case Footnote footnote:
                    _footnotes.Add(footnote);
                    _html.Open("sup", ("class", "fn"))
                        .Open("a", ("href", "#fn-" + footnote.Label.TrimEnd(')'))).Text(footnote.Label).Close("a")
                        .Close("sup");
                    break;
                case TextRun run:
                    _terms.Write(_html, run.Text);
                    break;
                case LineBreak:
                    _html.Raw("<br>");
                    break;
                // Among the requirements alone the target may be hidden: the link opens it in the full text.
                case ElementReference { Target: { } target } reference:
                    var href = _context.Mode == ReadingMode.Requirements
                        ? Links.Clause(_context.Number, Links.Anchor(target))
                        : "#" + Links.Anchor(target);
                    _html.Open("a", ("class", "xref"), ("href", href),
                        ("title", target is TermEntry term ? $"{term.Term}：{term.Definition}" : null))
                            .Text(reference.Display).Close("a");
                    break;
                case DocumentCitation { Document.Number: { } number } citation
                    when _context.CitedStandard(number.ToString()) is { } link:
                    _html.Open("a", ("class", "citation"), ("href", link)).Text(citation.Display).Close("a");
                    break;
                default:
                    _html.Text(segment.Display);
                    break;
            }
        }
    }

    private static ProvisionType Classify(InlineText text) => ModalVerbs.Classify(text.ToString());

    private bool Shown(ProvisionType provision) =>
        _context.Mode != ReadingMode.Requirements || provision == ProvisionType.Requirement;

    private void Badge(ProvisionType provision)
    {
        if (_context.Mode == ReadingMode.Provisions)
            _html.Element("span", provision.ChineseName(), ("class", "badge prov-badge-" + provision.Id()));
    }
}

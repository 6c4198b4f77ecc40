using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StdKit.Content.Reading;
using StdKit.Model.Body;
using StdKit.Model.Diagnostics;
using MdTable = Markdig.Extensions.Tables.Table;
using MdTableRow = Markdig.Extensions.Tables.TableRow;
using MdTableCell = Markdig.Extensions.Tables.TableCell;
using MdBlock = Markdig.Syntax.Block;
using MdList = Markdig.Syntax.ListBlock;
using Block = StdKit.Model.Body.Block;
using ListBlock = StdKit.Model.Body.ListBlock;
using Table = StdKit.Model.Body.Table;
using TableCell = StdKit.Model.Body.TableCell;
using TableRow = StdKit.Model.Body.TableRow;

namespace StdKit.Content.Markdown;

/// <summary>
/// Reads the Markdown body of a standard into its parts — 前言, 引言, chapters and 条, annexes, 参考文献 — and their
/// blocks (docs/content-format.md §2). It checks the structure a parser must (heading jumps, list depth, ragged
/// tables); drafting rules are the checker's job.
/// </summary>
public sealed partial class BodyReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseListExtras()
        .Build();

    private readonly LineMap _lines;
    private readonly int _firstLine;
    private readonly DiagnosticBag _diagnostics;
    private (string Kind, string? Title, string? Id, SourceLocation Source)? _pendingCaption;
    /// <summary>Set by a "式中：" or "标引序号说明：" line: the list that follows is the key of the block above.</summary>
    private SourceLocation? _pendingKey;
    private bool _keyRead;

    private BodyReader(LineMap lines, int firstLine, DiagnosticBag diagnostics)
    {
        _lines = lines;
        _firstLine = firstLine;
        _diagnostics = diagnostics;
    }

    /// <param name="firstLine">The parsed line on which the body starts.</param>
    public static IReadOnlyList<Division> Read(string body, int firstLine, LineMap lines, DiagnosticBag diagnostics)
    {
        var reader = new BodyReader(lines, firstLine, diagnostics);
        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(body, Pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig refuses blocks nested past its depth limit (a list in a list … or a line of 200 '>').
            throw new UserError(lines.Locate(firstLine + DeepestLine(body)), "the text is nested too deeply",
                "a standard has lists of two levels at most and no quotations: remove the extra '>' or indentation");
        }
        return reader.ReadParts(document);
    }

    /// <summary>The 0-based line of the body with the most quotation marks and indentation at its start.</summary>
    private static int DeepestLine(string body)
    {
        var lines = body.Split('\n');
        var depths = lines.Select(line => line.TakeWhile(c => c is ' ' or '>' or '-' or '*' or '+').Count()).ToList();
        return depths.IndexOf(depths.Max());
    }

    private SourceLocation Locate(int markdownLine) => _lines.Locate(_firstLine + markdownLine);

    private IReadOnlyList<Division> ReadParts(MarkdownDocument document)
    {
        var parts = new List<DivisionBuilder>();
        var open = new List<DivisionBuilder>(); // open[k] is the open heading of level k + 1
        foreach (var block in document)
        {
            if (block is HeadingBlock heading)
            {
                FlushCaption();
                FlushKey();
                var builder = OpenHeading(heading, open);
                if (builder.Level == 1) parts.Add(builder);
                continue;
            }
            if (open.Count == 0)
            {
                if (block is not (LinkReferenceDefinitionGroup or HtmlBlock { Type: HtmlBlockType.Comment }))
                    _diagnostics.Add(Locate(block.Line), "text before the first chapter",
                        "start the body with a # heading such as # 前言 or # 范围");
                continue;
            }
            ReadBlock(block, open[^1]);
        }
        FlushCaption();
        FlushKey();
        return parts.Select(BuildPart).ToList();
    }

    private DivisionBuilder OpenHeading(HeadingBlock heading, List<DivisionBuilder> open)
    {
        var location = Locate(heading.Line);
        var (text, id) = InlineReader.SplitId(InlineReader.Flatten(heading.Inline));
        var title = InlineReader.Unbreak(text);
        if (heading.Level == 1 || open.Count == 0)
        {
            if (heading.Level > 1)
                _diagnostics.Add(location, $"a level-{heading.Level} heading before any chapter",
                    "start with a # heading (one #) such as # 范围");
            open.Clear();
            var part = TopLevel(title, id, location);
            open.Add(part);
            return part;
        }

        var level = heading.Level;
        if (level > open.Count + 1)
        {
            _diagnostics.Add(location,
                $"heading jumps from level {open.Count} ({new string('#', open.Count)}) " +
                $"to level {level} ({new string('#', level)})",
                $"add the missing levels or write {new string('#', open.Count + 1)}");
            level = open.Count + 1;
        }
        open.RemoveRange(level - 1, open.Count - (level - 1));
        var parent = open[^1];
        var clause = new DivisionBuilder(location, title.Length == 0 ? null : title, id, level)
        {
            InTerms = parent.InTerms,
        };
        parent.Children.Add(clause);
        open.Add(clause);
        return clause;
    }

    private DivisionBuilder TopLevel(string title, string? id, SourceLocation location)
    {
        var compact = title.Replace(" ", "").Replace("\u3000", "");
        SectionKind? section = compact switch
        {
            "前言" => SectionKind.Preface,
            "引言" => SectionKind.Introduction,
            "参考文献" => SectionKind.Bibliography,
            _ => null,
        };
        if (section is not null)
        {
            if (id is not null)
                _diagnostics.Add(location, $"{{#{id}}} on {title}: 前言, 引言 and 参考文献 cannot be referred to by id",
                    "remove the id");
            return new DivisionBuilder(location, title, null, 1) { Section = section };
        }
        var annex = AnnexHeading().Match(title);
        if (annex.Success)
        {
            AnnexNature? nature = annex.Groups[1].Value switch
            {
                "规范性" => AnnexNature.Normative,
                "资料性" => AnnexNature.Informative,
                _ => null,
            };
            var annexTitle = annex.Groups[2].Value.Trim();
            return new DivisionBuilder(location, annexTitle.Length == 0 ? null : annexTitle, id, 1)
            {
                IsAnnex = true,
                Nature = nature,
            };
        }
        if (title.Length == 0)
            _diagnostics.Add(location, "a chapter without a title",
                "every chapter has a title after the # (GB/T 1.1 7.2)");
        var role = compact switch
        {
            "范围" => ClauseRole.Scope,
            "规范性引用文件" => ClauseRole.NormativeReferences,
            _ when compact.StartsWith("术语", StringComparison.Ordinal) && compact.Contains("定义") =>
                ClauseRole.TermsAndDefinitions,
            _ => ClauseRole.Ordinary,
        };
        return new DivisionBuilder(location, title, id, 1)
        {
            Role = role,
            InTerms = role == ClauseRole.TermsAndDefinitions,
        };
    }

    private void ReadBlock(MdBlock block, DivisionBuilder target)
    {
        if (block is not MdTable && !(block is MdList && _pendingCaption is { Kind: "图" })) FlushCaption();
        if (_pendingKey is not null && block is ParagraphBlock typed && ReadKeyLine(typed, target)) return;
        if (block is not MdList) FlushKey();
        switch (block)
        {
            case MdList list when _pendingKey is not null:
                ReadKey(list, target);
                break;
            case MdList list when _pendingCaption is { Kind: "图" }:
                target.Blocks.Add(ReadSubFigures(list));
                break;
            case ParagraphBlock paragraph:
                ReadParagraph(paragraph, target);
                break;
            case MdList list when target.ListsDocuments:
                ReadDocumentEntries(list, target);
                break;
            case MdList list:
                target.Blocks.Add(ReadList(list, 0));
                break;
            case MdTable table:
                target.Blocks.Add(ReadTable(table));
                break;
            case LinkReferenceDefinitionGroup:
            case HtmlBlock { Type: HtmlBlockType.Comment }:
                break;
            default:
                _diagnostics.Add(Locate(block.Line), $"{Describe(block)} is not part of the content format",
                    "write paragraphs, lists, tables, figures, notes and examples (docs/content-format.md §2); " +
                    "indent text by less than 4 spaces");
                break;
        }
    }

    private void ReadParagraph(ParagraphBlock paragraph, DivisionBuilder target)
    {
        var location = Locate(paragraph.Line);
        if (ReadFigure(paragraph, location) is { } figure)
        {
            target.Blocks.Add(figure);
            return;
        }
        var flat = InlineReader.Flatten(paragraph.Inline);
        var (text, id) = InlineReader.SplitId(flat);
        var plain = InlineReader.Unbreak(text);
        if (Caption().Match(plain) is { Success: true } caption)
        {
            var title = caption.Groups[2].Value.Trim();
            _pendingCaption = (caption.Groups[1].Value, title.Length == 0 ? null : title, id, location);
            return;
        }
        if (plain.StartsWith("$$", StringComparison.Ordinal))
        {
            target.Blocks.Add(ReadFormula(plain, id, location));
            return;
        }
        // Right under a formula or a figure these lines open its key; elsewhere they are text (a formula typed out).
        if (plain is "式中：" or "式中:" or "标引序号说明：" or "标引序号说明:" && target.Blocks.LastOrDefault() is Formula or Figure)
        {
            _pendingKey = location;
            return;
        }
        if (id is not null)
            _diagnostics.Add(location, $"{{#{id}}} on a paragraph",
                "ids go on headings, list items, table titles, figures and terms; " +
                "make the paragraph an untitled 条 (an empty ## heading) to refer to it");
        var body = InlineReader.Parse(flat, _firstLine + paragraph.Line, _lines);
        // A footnote alone right under a figure (after its key and notes) is the figure's: the picture has its mark.
        if (target.Blocks.LastOrDefault() is Figure marked
            && body.Segments.Where(s => s is not TextRun { Text: var t } || t.Trim().Length > 0).ToList() is
                [Footnote footnote])
        {
            target.Blocks[^1] = marked.WithFootnote(footnote);
            return;
        }
        if (Additional().Match(plain) is { Success: true } label)
        {
            var rest = InlineReader.Parse(StripLabel(flat, label.Value), _firstLine + paragraph.Line, _lines);
            if (label.Groups[1].Value == "注" && target.Blocks.LastOrDefault() is Table table)
            {
                // A note right under a table is a table note (表注), printed inside the table's frame.
                target.Blocks[^1] = table.WithNote(new Note(location, rest));
                return;
            }
            if (label.Groups[1].Value == "注" && target.Blocks.LastOrDefault() is Figure { Footnotes.Count: 0 } noted)
            {
                // Likewise a figure note (图注), printed above the figure's title.
                target.Blocks[^1] = noted.WithNote(new Note(location, rest));
                return;
            }
            target.Blocks.Add(label.Groups[1].Value == "注" ? new Note(location, rest) : new Example(location, rest));
            return;
        }
        target.Blocks.Add(new Paragraph(location, body));
    }

    /// <summary>Removes a typed "注1：" label; the number is computed.</summary>
    private static string StripLabel(string flat, string label)
    {
        var start = flat.IndexOf(label[0]);
        return flat[(start + label.Length)..].TrimStart();
    }

    private Figure? ReadFigure(ParagraphBlock paragraph, SourceLocation location)
    {
        if (paragraph.Inline is null) return null;
        var images = paragraph.Inline.Descendants<LinkInline>().Where(l => l.IsImage).ToList();
        if (images.Count == 0) return null;
        var rest = string.Concat(paragraph.Inline.Where(i => i is not LinkInline { IsImage: true })
            .Select(i => i is LiteralInline l ? l.Content.ToString() : "?"));
        var (outside, id) = InlineReader.SplitId(rest);
        if (images.Count > 1 || outside.Trim().Length > 0)
        {
            _diagnostics.Add(location, "an image inside running text",
                "put each figure on a paragraph of its own: ![title](file.png) {#id}");
            return null;
        }
        var image = images[0];
        var title = InlineReader.Unbreak(InlineReader.Flatten(image));
        return new Figure(location, id, title, image.Url ?? "");
    }

    /// <summary>"$$ formula $$" on a paragraph of its own.</summary>
    private Formula ReadFormula(string plain, string? id, SourceLocation location)
    {
        var expression = plain.Length >= 4 && plain.EndsWith("$$", StringComparison.Ordinal)
            ? plain[2..^2].Trim()
            : null;
        if (expression is null || expression.Length == 0)
        {
            _diagnostics.Add(location, "a formula without its closing $$ or without content",
                "write the formula between two $$ on one paragraph: $$ E = m c^2 $$ {#eq-energy}");
            return new Formula(location, id, new MathRow([]));
        }
        var math = FormulaReader.Read(expression, out var error);
        if (error is not null)
            _diagnostics.Add(location, $"formula “{expression}”: {error}",
                "close every bracket; see docs/content-format.md §2.12");
        return new Formula(location, id, math);
    }

    /// <summary>The key of the formula or figure above: one "symbol：explanation" per list item.</summary>
    private void ReadKey(MdList list, DivisionBuilder target)
    {
        _pendingKey = null;
        _keyRead = false;
        var entries = new List<KeyEntry>();
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var location = Locate(item.Line);
            var flat = string.Join("", item.OfType<ParagraphBlock>().Select(p => InlineReader.Flatten(p.Inline)));
            var split = KeySeparator().Match(flat);
            if (!split.Success)
            {
                _diagnostics.Add(location, "a key entry without “：” between the symbol and its explanation",
                    "write - symbol：explanation, e.g. - m：质量，单位为千克（kg）；");
                continue;
            }
            entries.Add(KeyEntryOf(flat[..split.Index].Trim(), flat[(split.Index + split.Length)..], location,
                _firstLine + item.Line));
        }
        AddKey(target, entries);
    }

    /// <summary>"图：title" and a list of pictures: one figure of sub-figures a), b) ….</summary>
    private Figure ReadSubFigures(MdList list)
    {
        var caption = _pendingCaption!.Value;
        _pendingCaption = null;
        var parts = new List<SubFigure>();
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var image = item.OfType<ParagraphBlock>().SelectMany(p => p.Inline?.Descendants<LinkInline>() ?? [])
                .FirstOrDefault(l => l.IsImage);
            if (image is null)
            {
                _diagnostics.Add(Locate(item.Line), "a sub-figure without a picture",
                    "write each sub-figure as - ![title](file.png)");
                continue;
            }
            parts.Add(new SubFigure(InlineReader.Unbreak(InlineReader.Flatten(image)), image.Url ?? ""));
        }
        if (parts.Count < 2)
            _diagnostics.Add(caption.Source, "a figure title with fewer than two sub-figures under it",
                "write a single picture as ![title](file.png); sub-figures come two or more");
        if (caption.Title is null)
            _diagnostics.Add(caption.Source, "a figure without a title", "write the title after 图：");
        return new Figure(caption.Source, caption.Id, caption.Title ?? "", "", parts);
    }

    private ListBlock ReadList(MdList list, int depth)
    {
        if (depth > 1)
            _diagnostics.Add(Locate(list.Line), "a list nested three levels deep",
                "lists have two levels at most (GB/T 1.1 7.5): turn the third level into text or a separate 条");
        var style = list.IsOrdered ? ListStyle.Numbered : ListStyle.Dash;
        var lettered = list.IsOrdered && list.BulletType is 'a' or 'A';
        var items = new List<ListItem>();
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var location = Locate(item.Line);
            var paragraphs = item.OfType<ParagraphBlock>().ToList();
            var flat = string.Join('\u0004', paragraphs.Select(p => InlineReader.Flatten(p.Inline)));
            var (text, id) = InlineReader.SplitId(flat);
            ListBlock? sub = null;
            foreach (var nested in item.OfType<MdList>())
                sub = ReadList(nested, depth + 1);
            foreach (var other in item.Where(b => b is not (ParagraphBlock or MdList)))
                _diagnostics.Add(Locate(other.Line), $"{Describe(other)} inside a list item",
                    "list items hold text and at most one nested list");
            var typed = lettered ? Model.Numbering.Letters.Lower(item.Order - 1) : null;
            items.Add(new ListItem(location, id, InlineReader.Parse(text, _firstLine + item.Line, _lines), typed, sub));
        }
        return new ListBlock(Locate(list.Line), style, depth, items);
    }

    private void ReadDocumentEntries(MdList list, DivisionBuilder target)
    {
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var location = Locate(item.Line);
            if (item.Any(b => b is not ParagraphBlock))
                _diagnostics.Add(location, "a nested list among documents", "write one document per '- ' line");
            var flat = string.Join("", item.OfType<ParagraphBlock>().Select(p => InlineReader.Flatten(p.Inline)));
            var text = InlineReader.Parse(flat, _firstLine + item.Line, _lines);
            var citation = text.Segments
                .Where(s => s is not TextRun { Text: var t } || t.Trim().Length > 0)
                .ToList() is [DocumentCitation only]
                ? only
                : null;
            target.Blocks.Add(new DocumentEntry(location, text, citation));
        }
    }

    private Table ReadTable(MdTable table)
    {
        var location = Locate(table.Line);
        var caption = _pendingCaption;
        _pendingCaption = null;
        var rows = table.OfType<MdTableRow>().ToList();
        var columns = rows.Count == 0 ? 0 : RealCells(rows[0]);
        // Rows above a second delimiter line (|---|) are header rows as well (docs/content-format.md §2.9).
        var delimiter = rows.FindIndex(r => !r.IsHeader && IsDelimiter(r));
        var headerCount = delimiter > 0 ? delimiter : rows.Count(r => r.IsHeader);
        var read = new List<TableRow>();
        foreach (var row in rows.Where((_, r) => r != delimiter))
        {
            var rowLocation = Locate(row.Line);
            var real = RealCells(row);
            if (real != columns)
                _diagnostics.Add(rowLocation, $"a table row with {real} cells where the header has {columns}",
                    "give every row the same number of cells; write ^ to merge a cell with the one above, "
                    + "< with the one to its left");
            var cells = row.OfType<MdTableCell>().Take(real).Select(cell => cell.OfType<ParagraphBlock>().ToList())
                .Select(paragraphs => MergeMark(paragraphs) switch
                {
                    '^' => new TableCell(InlineText.Empty, MergedAbove: true),
                    '<' => new TableCell(InlineText.Empty, MergedAbove: false, MergedLeft: true),
                    _ => new TableCell(InlineReader.Parse(
                        string.Join("", paragraphs.Select(p => InlineReader.Flatten(p.Inline))),
                        _firstLine + row.Line, _lines), false),
                }).ToList();
            CheckMerges(read.Count, read.Count == headerCount, read.LastOrDefault(), cells, rowLocation);
            read.Add(new TableRow(rowLocation, cells));
        }
        if (caption is { Kind: "图" })
            _diagnostics.Add(caption.Value.Source, "a figure title above a table", "write 表： for a table title");
        return new Table(caption?.Source ?? location, caption?.Id, caption?.Title, read[..headerCount],
            read[headerCount..]);
    }

    /// <summary>'^' or '&lt;' when the cell holds that mark alone, unescaped; otherwise null.</summary>
    private static char? MergeMark(List<ParagraphBlock> paragraphs) =>
        paragraphs is [{ Inline.FirstChild: LiteralInline { IsFirstCharacterEscaped: false, NextSibling: null } mark }]
        && mark.Content.ToString().Trim() is "^" or "<" ? mark.Content.ToString().Trim()[0] : null;

    /// <summary>A merged cell needs a cell to merge with, and a cell merged downwards keeps its width.</summary>
    private void CheckMerges(int index, bool firstBodyRow, TableRow? above, List<TableCell> cells,
        SourceLocation location)
    {
        if (cells.FirstOrDefault() is { MergedLeft: true })
            _diagnostics.Add(location, "< in the first column",
                "< merges a cell with the one to its left; there is none");
        if (!cells.Any(c => c.MergedAbove)) return;
        if (index == 0 || firstBodyRow)
        {
            _diagnostics.Add(location, index == 0 ? "^ in the first header row" : "^ in the first row below the header",
                "^ merges a cell with the one above; header and body cells cannot be merged with each other");
            return;
        }
        var row = new TableRow(location, cells);
        for (var c = 0; c < cells.Count && c < above!.Cells.Count; c++)
        {
            if (!cells[c].MergedAbove) continue;
            if (above.Cells[c].MergedLeft)
                _diagnostics.Add(location, $"^ in column {c + 1} under a cell merged to the left",
                    "write < there: the cell to its left is merged with the one above and spans both columns");
            else if (row.Span(c) != above.Span(c))
                _diagnostics.Add(location,
                    $"a cell merged with the one above spans {row.Span(c)} columns where that one spans "
                    + $"{above.Span(c)}", "write as many < after the ^ as after the cell above");
        }
    }

    /// <summary>A row of dashes only, like the delimiter line under the first header row.</summary>
    private static bool IsDelimiter(MdTableRow row) =>
        row.OfType<MdTableCell>().Where(c => c.Count > 0 || !c.Span.IsEmpty).ToList() is { Count: > 0 } cells
        && cells.All(c => c.OfType<ParagraphBlock>().Select(p => InlineReader.Flatten(p.Inline).Trim()).ToList()
            is [var text] && DelimiterCell().IsMatch(text));

    [GeneratedRegex("^:?-{3,}:?$")]
    private static partial Regex DelimiterCell();

    /// <summary>Markdig pads short rows with cells that hold nothing, not even an empty paragraph as an empty cell
    /// written in the row does (neither has a source span).</summary>
    private static int RealCells(MdTableRow row) =>
        row.OfType<MdTableCell>().Count(c => c.Count > 0 || !c.Span.IsEmpty);

    private void FlushKey()
    {
        if (_pendingKey is not { } keyAt) return;
        _pendingKey = null;
        if (!_keyRead)
            _diagnostics.Add(keyAt, "a key line with no list under it",
                "write each symbol as a list item: - E：能量，单位为焦耳（J）；");
        _keyRead = false;
    }

    /// <summary>A key typed as paragraphs, "E——能量，单位为焦耳（J）；", as published standards and imports have it.</summary>
    private bool ReadKeyLine(ParagraphBlock paragraph, DivisionBuilder target)
    {
        var flat = InlineReader.Flatten(paragraph.Inline);
        var line = TypedKeyLine().Match(flat);
        if (!line.Success) return false;
        var entry = KeyEntryOf(line.Groups[1].Value.Trim(), line.Groups[2].Value, Locate(paragraph.Line),
            _firstLine + paragraph.Line);
        AddKey(target, [entry]);
        _keyRead = true;
        return true;
    }

    private KeyEntry KeyEntryOf(string symbol, string explanation, SourceLocation location, int line)
    {
        var math = FormulaReader.Read(symbol, out var error);
        if (error is not null) _diagnostics.Add(location, $"key symbol “{symbol}”: {error}", "close every bracket");
        return new KeyEntry(symbol, math, InlineReader.Parse(explanation, line, _lines));
    }

    private static void AddKey(DivisionBuilder target, IReadOnlyList<KeyEntry> entries) =>
        target.Blocks[^1] = target.Blocks[^1] switch
        {
            Formula formula => formula.WithKey([.. formula.Key, .. entries]),
            Figure figure => figure.WithKey([.. figure.Key, .. entries]),
            var other => other,
        };

    private void FlushCaption()
    {
        if (_pendingCaption is not { } caption) return;
        _pendingCaption = null;
        if (caption.Kind == "表")
            _diagnostics.Add(caption.Source, "a table title with no table under it",
                "put the pipe table right after the 表： line, separated by one empty line");
        else
            _diagnostics.Add(caption.Source, "a figure title with no pictures under it",
                "list the sub-figures right after the 图： line: - ![title](file.png)");
    }

    private Division BuildPart(DivisionBuilder part)
    {
        var (blocks, clauses) = BuildContent(part);
        if (part.Section is { } kind) return new Section(part.Source, kind, blocks, clauses);
        if (part.IsAnnex) return new Annex(part.Source, part.Id, part.Title, part.Nature, blocks, clauses);
        return new Clause(part.Source, part.Id, part.Title, 1, part.Role, blocks, clauses);
    }

    private (List<Block> Blocks, List<Clause> Clauses) BuildContent(DivisionBuilder builder)
    {
        var blocks = new List<Block>(builder.Blocks);
        var clauses = new List<Clause>();
        foreach (var child in builder.Children)
        {
            // In 术语和定义 a heading with nothing below it is a term entry; one with headings below is a concept group.
            if (child.InTerms && child.Children.Count == 0) blocks.Add(BuildTerm(child));
            else
            {
                var (b, c) = BuildContent(child);
                clauses.Add(new Clause(child.Source, child.Id, child.Title, child.Level, ClauseRole.Ordinary, b, c));
            }
        }
        return (blocks, clauses);
    }

    private TermEntry BuildTerm(DivisionBuilder entry)
    {
        var heading = entry.Title ?? "";
        var bar = heading.IndexOfAny(['|', '｜']);
        var term = (bar < 0 ? heading : heading[..bar]).Trim();
        var english = bar < 0 ? null : heading[(bar + 1)..].Trim();
        if (term.Length == 0)
            _diagnostics.Add(entry.Source, "a term entry without a term",
                "write the term after the hashes: ## 术语 | English term");

        InlineText? definition = null;
        string? source = null;
        var rest = new List<Block>();
        foreach (var block in entry.Blocks)
        {
            if (block is Paragraph p && TermSource().Match(p.Text.ToString()) is { Success: true } m)
                source = m.Groups[1].Value.Trim();
            else if (definition is null && block is Paragraph first) definition = first.Text;
            else rest.Add(block);
        }
        return new TermEntry(entry.Source, entry.Id, term, string.IsNullOrEmpty(english) ? null : english,
            definition ?? InlineText.Empty, rest, source);
    }

    private static string Describe(MdBlock block) => block switch
    {
        FencedCodeBlock or CodeBlock => "an indented or fenced code block",
        QuoteBlock => "a block quote (>)",
        ThematicBreakBlock => "a horizontal rule",
        HtmlBlock => "an HTML block",
        _ => block.GetType().Name,
    };

    [GeneratedRegex(@"^附录\s*[A-Z]?\s*(?:[（(]\s*(规范性|资料性)\s*[）)])?\s*(.*)$")]
    private static partial Regex AnnexHeading();

    [GeneratedRegex(@"^(表|图)\s*[：:]\s*(.*)$")]
    private static partial Regex Caption();

    [GeneratedRegex(@"\s*[：:]\s*|\s*——\s*")]
    private static partial Regex KeySeparator();

    [GeneratedRegex(@"^([^\s：:—]{1,16})\s*——\s*(.+)$", RegexOptions.Singleline)]
    private static partial Regex TypedKeyLine();

    [GeneratedRegex(@"^(注|示例)\s*\d*\s*[：:]")]
    private static partial Regex Additional();

    [GeneratedRegex(@"^\[来源[：:](.+)\]$")]
    private static partial Regex TermSource();
}

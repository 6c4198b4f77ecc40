using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace StdKit.Tests.Import;

/// <summary>One unit of an outline: a chapter, 条 (titled or not), term entry or annex, with its number.</summary>
public sealed record OutlineUnit(string Number, string Kind, string Title)
{
    public override string ToString() => $"{Number} {Kind} {Title}";
}

/// <summary>
/// A test fixture: a .docx built at test time on an official template (its styles and numbering) from a standard
/// that others converted to Markdown, the way a drafter writes on the template — chapter, 条, term, note, list,
/// caption and annex paragraphs in the template's styles, their numbers left to Word's numbering — and the outline
/// the Markdown itself gives (typed numbers, or heading levels where it types none, or its own 目次).
/// </summary>
public static partial class CorpusDocx
{
    public static List<OutlineUnit> Build(string markdown, string template, string docx)
    {
        var lines = File.ReadAllLines(markdown).Select(l => l.Trim()).ToList();
        var start = lines.FindIndex(l => BodyStart().IsMatch(l));
        if (start < 0) throw new InvalidOperationException($"{markdown}: no chapter 范围");
        // The 目次 before the body: numbers by title, in order, for a body that lost its typed numbers.
        var toc = lines[..start].Select(l => TocLine().Match(l)).Where(m => m.Success)
            .GroupBy(m => Flat(m.Groups[2].Value))
            .ToDictionary(g => g.Key, g => new Queue<string>(g.Select(m => m.Groups[1].Value)));
        var writer = new Writer(template, docx, numbered: Number().IsMatch(Heading(lines[start]).Text)
            || toc.ContainsKey("范围"));
        for (var i = start; i < lines.Count; i++) i = writer.Line(lines, i, toc);
        writer.Save();
        return writer.Outline;
    }

    private static (int Hashes, string Text) Heading(string line)
    {
        var hashes = line.TakeWhile(c => c == '#').Count();
        return (hashes, line[hashes..].Trim());
    }

    internal static string Flat(string text) => Regex.Replace(text, @"[\s*]", "");

    private sealed class Writer
    {
        private readonly WordprocessingDocument document;
        private readonly Body body;
        private readonly Dictionary<string, string> styleIds;
        private readonly bool numbered;
        private readonly int[] counters = new int[8];
        private string part = "";
        private int chapter, annexes;
        private bool terms;

        public List<OutlineUnit> Outline { get; } = [];

        public Writer(string template, string docx, bool numbered)
        {
            this.numbered = numbered;
            // A new document with the template's styles and numbering, as Word makes one from the template.
            using var source = WordprocessingDocument.Open(template, isEditable: false);
            document = WordprocessingDocument.Create(docx, WordprocessingDocumentType.Document);
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(new SectionProperties()));
            body = main.Document.Body!;
            using (var styles = source.MainDocumentPart!.StyleDefinitionsPart!.GetStream())
                main.AddNewPart<StyleDefinitionsPart>().FeedData(styles);
            using (var numbering = source.MainDocumentPart!.NumberingDefinitionsPart!.GetStream())
                main.AddNewPart<NumberingDefinitionsPart>().FeedData(numbering);
            styleIds = main.StyleDefinitionsPart!.Styles!.Elements<Style>()
                .Where(s => s.StyleName?.Val?.Value is not null && s.StyleId?.Value is not null)
                .GroupBy(s => s.StyleName!.Val!.Value!).ToDictionary(g => g.Key, g => g.First().StyleId!.Value!);
        }

        public void Save()
        {
            document.Save();
            document.Dispose();
        }

        /// <summary>Writes line <paramref name="i"/> (and the lines it takes with it); returns the last one
        /// used.</summary>
        public int Line(List<string> lines, int i, Dictionary<string, Queue<string>> toc)
        {
            var line = lines[i];
            if (line.Length == 0 || line.StartsWith("![") || line.StartsWith("<!--") || line.StartsWith("<div")
                || line.StartsWith("{{") || line.StartsWith("$$") || line is "---") return i;
            if (line.StartsWith("<table")) return HtmlTable(lines, i);
            if (line.StartsWith('|')) return PipeTable(lines, i);
            var (hashes, text) = Heading(line);
            text = text.Replace("**", "");
            if (AnnexLine().Match(text) is { Success: true } annex && !text.EndsWith('。'))
                return Annex(lines, i, annex);
            if (Flat(text) == "参考文献")
            {
                Paragraph("标准文件_参考文献标题", text);
                return i;
            }
            if (Number().Match(text) is { Success: true } n && (numbered || hashes == 0)
                && (n.Groups[1].Value.Contains('.') || IsTitle(n.Groups[2].Value.Trim())
                    && n.Groups[1].Value == (chapter + 1).ToString()))
                return Numbered(lines, i, n.Groups[1].Value.Replace(" ", ""), n.Groups[2].Value.Trim());
            if (numbered && text.Length <= 30 && toc.TryGetValue(Flat(text), out var listed) && listed.Count > 0)
                return Numbered(lines, i, listed.Dequeue(), text);
            if (!numbered && hashes > 0) return Computed(i, hashes, text);
            if (UntitledMark().Match(text) is { Success: true } mark)
            {
                Clause(int.Parse(mark.Groups[1].Value), "", mark.Groups[2].Value.Trim());
                return i;
            }
            Block(text);
            return i;
        }

        /// <summary>"4.1 总则", "4.1 text of an untitled 条", "3.1" alone before its term.</summary>
        private int Numbered(List<string> lines, int i, string number, string text)
        {
            var depth = number.Count(c => c == '.') + 1;
            if (depth == 1)
            {
                chapter = int.Parse(number);
                terms = Flat(text) == "术语和定义";
                part = "";
                Outline.Add(new OutlineUnit(number, "章", Flat(text)));
                Paragraph("标准文件_章标题", text);
                return i;
            }
            if (text.Length == 0 && terms && NextText(lines, i) is var (j, term))
            {
                Outline.Add(new OutlineUnit(number, "术语", Flat(SplitTerm(term))));
                // The sector template has no term styles: there a term entry is a numbered 条 heading.
                var style = "标准文件_术语条" + LevelWord(depth - 1);
                Paragraph(styleIds.ContainsKey(style) ? style : $"标准文件_{LevelWord(depth - 1)}条标题", term);
                return j;
            }
            if (text.Length == 0 && NextText(lines, i) is var (k, sentence) && !IsTitle(sentence))
            {
                Clause(depth, number, sentence);
                return k;
            }
            Clause(depth, number, text);
            return i;
        }

        /// <summary>A heading of a Markdown with no numbers: its level is its number of #.</summary>
        private int Computed(int i, int hashes, string text)
        {
            if (hashes == 1)
            {
                chapter++;
                Array.Clear(counters);
                terms = Flat(text) == "术语和定义";
                Outline.Add(new OutlineUnit(chapter.ToString(), "章", Flat(text)));
                Paragraph("标准文件_章标题", text);
                return i;
            }
            Clause(hashes, "", text);
            return i;
        }

        private void Clause(int depth, string typed, string text)
        {
            counters[depth]++;
            Array.Clear(counters, depth + 1, counters.Length - depth - 1);
            var number = typed.Length > 0 ? typed
                : (part.Length > 0 ? part : chapter.ToString()) + "." + string.Join(".", counters[2..(depth + 1)]);
            var annex = part.Length > 0 ? "附录" : "";
            var title = IsTitle(text);
            Outline.Add(new OutlineUnit(number, title ? "条" : "无标题条", title ? Flat(text) : ""));
            Paragraph($"标准文件_{annex}{LevelWord(depth - 1)}{(title ? "条标题" : "无标题")}", text);
        }

        private int Annex(List<string> lines, int i, Match annex)
        {
            var nature = annex.Groups[2].Value;
            var title = annex.Groups[3].Value.Trim();
            var last = i;
            while ((nature.Length == 0 || title.Length == 0) && NextText(lines, last) is var (j, next)
                   && next.Length <= 40 && !next.Contains('。'))
            {
                var m = Nature().Match(Heading(next).Text);
                if (m.Success && nature.Length == 0) nature = m.Groups[1].Value;
                else if (title.Length == 0) title = Heading(next).Text;
                else break;
                last = j;
            }
            annexes++;
            part = ((char)('A' + annexes - 1)).ToString();
            terms = false;
            Array.Clear(counters);
            Outline.Add(new OutlineUnit("附录" + part, "附录", Flat(title)));
            var p = Paragraph("标准文件_附录标识", nature.Length > 0 ? $"（{nature}）" : "");
            p.Append(new Run(new Break(), new Text(title)));
            return last;
        }

        private void Block(string text)
        {
            if (NoteLabel().Match(text) is { Success: true } note)
                Paragraph("标准文件_注：", text[note.Length..]);
            else if (DashItem().Match(text) is { Success: true } dash)
                Paragraph("标准文件_破折号列项", text[dash.Length..]);
            else if (LetterItem().Match(text) is { Success: true } letter)
                Paragraph("标准文件_字母编号列项（一级）", text[letter.Length..]);
            else if (Caption().Match(text) is { Success: true } caption)
                Paragraph(caption.Groups[1].Value == "表" ? "标准文件_正文表标题" : "标准文件_正文图标题",
                    text[caption.Length..]);
            else if (Bibliography().Match(text) is { Success: true } entry)
                Paragraph("标准文件_参考文献条目", text[entry.Length..]);
            else Paragraph("标准文件_段", text);
        }

        private Paragraph Paragraph(string style, string text)
        {
            var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId
            {
                Val = styleIds.GetValueOrDefault(style) ?? styleIds["标准文件_段"],
            }), new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
            body.InsertBefore(paragraph, body.GetFirstChild<SectionProperties>());
            return paragraph;
        }

        private int PipeTable(List<string> lines, int i)
        {
            var rows = new List<List<(string Text, int Columns, int Rows)>>();
            for (; i < lines.Count && lines[i].StartsWith('|'); i++)
                if (!Regex.IsMatch(lines[i], @"^\|[\s:|-]+\|$"))
                    rows.Add(lines[i].Trim('|').Split('|').Select(c => (c.Trim(), 1, 1)).ToList());
            Table(rows);
            return i - 1;
        }

        private int HtmlTable(List<string> lines, int i)
        {
            var html = lines[i];
            while (!html.Contains("</table>") && i + 1 < lines.Count) html += lines[++i];
            var rows = HtmlRow().Matches(html).Select(r => HtmlCell().Matches(r.Value).Select(c => (
                Regex.Replace(c.Groups[3].Value, "<[^>]+>", "").Trim(),
                Span(c.Groups[2].Value, "colspan"), Span(c.Groups[2].Value, "rowspan"))).ToList()).ToList();
            Table(rows);
            return i;
        }

        private static int Span(string attributes, string name) =>
            Regex.Match(attributes, name + @"\s*=\s*""?(\d+)") is { Success: true } m
                ? int.Parse(m.Groups[1].Value)
                : 1;

        /// <summary>A table on the template: cells across columns as grid spans, across rows as vertical merges,
        /// the first row repeated as the header.</summary>
        private void Table(List<List<(string Text, int Columns, int Rows)>> rows)
        {
            var table = new Table(new TableProperties(new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })));
            var below = new Dictionary<int, (int Left, int Columns)>(); // grid column → rows still covered
            var width = rows.Max(r => r.Sum(c => c.Columns));
            table.Append(new TableGrid(Enumerable.Range(0, width).Select(_ => new GridColumn { Width = "1000" })));
            foreach (var (row, r) in rows.Select((row, r) => (row, r)))
            {
                var written = new TableRow();
                if (r == 0) written.Append(new TableRowProperties(new TableHeader()));
                var cells = new Queue<(string Text, int Columns, int Rows)>(row);
                for (var column = 0; column < width;)
                {
                    if (below.TryGetValue(column, out var covered) && covered.Left > 0)
                    {
                        written.Append(Cell("", covered.Columns, new VerticalMerge()));
                        below[column] = (covered.Left - 1, covered.Columns);
                        column += covered.Columns;
                        continue;
                    }
                    (string Text, int Columns, int Rows) cell = cells.Count > 0 ? cells.Dequeue() : ("", 1, 1);
                    if (cell.Rows > 1) below[column] = (cell.Rows - 1, cell.Columns);
                    written.Append(Cell(cell.Text, cell.Columns,
                        cell.Rows > 1 ? new VerticalMerge { Val = MergedCellValues.Restart } : null));
                    column += cell.Columns;
                }
                table.Append(written);
            }
            body.InsertBefore(table, body.GetFirstChild<SectionProperties>());
        }

        private TableCell Cell(string text, int columns, VerticalMerge? merge)
        {
            var properties = new TableCellProperties(new TableCellWidth { Width = (1000 * columns).ToString() });
            if (columns > 1) properties.Append(new GridSpan { Val = columns });
            if (merge is not null) properties.Append(merge);
            return new TableCell(properties, new Paragraph(
                new ParagraphProperties(new ParagraphStyleId { Val = styleIds.GetValueOrDefault("标准文件_表格") }),
                new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve })));
        }

        private static (int, string)? NextText(List<string> lines, int i)
        {
            for (var j = i + 1; j < lines.Count; j++)
                if (lines[j].Length > 0) return (j, Heading(lines[j]).Text);
            return null;
        }
    }

    private static string LevelWord(int level) => level switch
    {
        1 => "一级", 2 => "二级", 3 => "三级", 4 => "四级", _ => "五级",
    };

    /// <summary>The Chinese term of "术语 English term": up to its last Han character.</summary>
    private static string SplitTerm(string text) => Regex.Match(text, @"^.*\p{IsCJKUnifiedIdeographs}").Value;

    private static bool IsTitle(string text) => text.Length is > 0 and <= 40 && !Regex.IsMatch(text, "[。；：，]");

    [GeneratedRegex(@"^(?:#+\s*)?(?:1\s*)?范\s*围$")]
    private static partial Regex BodyStart();

    [GeneratedRegex(@"^([A-Z](?:\.\s?\d+)+|\d+(?:\.\d+)*)(?:\s+|$)(.*)$")]
    private static partial Regex Number();

    [GeneratedRegex(@"^(?:\|\s*)?((?:[A-Z]\.)?\d+(?:\.\d+)*)[\s|]+([^\t.|…]+?)[\s.…|]*\d*\s*\|?$")]
    private static partial Regex TocLine();

    [GeneratedRegex(@"^附\s*录\s*([A-Z])\s*(?:[（(]\s*(规范性|资料性)(?:附录)?\s*[）)])?\s*(.{0,40})$")]
    private static partial Regex AnnexLine();

    [GeneratedRegex(@"^[（(]\s*(规范性|资料性)(?:附录)?\s*[）)]$")]
    private static partial Regex Nature();

    [GeneratedRegex(@"^\{无标题条:(\d)\}\s*(.*)$")]
    private static partial Regex UntitledMark();

    [GeneratedRegex(@"^注\s*(?:\d+|\$[^$]*\$)?\s*[：:]\s*")]
    private static partial Regex NoteLabel();

    [GeneratedRegex(@"^(?:——|-\s+)")]
    private static partial Regex DashItem();

    [GeneratedRegex(@"^[a-z][)）]\s*")]
    private static partial Regex LetterItem();

    [GeneratedRegex(@"^([表图])\s*(?:[A-Z]\.)?\d+\s*")]
    private static partial Regex Caption();

    [GeneratedRegex(@"^\[\d+\]\s*")]
    private static partial Regex Bibliography();

    [GeneratedRegex(@"<tr[^>]*>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex HtmlRow();

    [GeneratedRegex(@"<t([dh])([^>]*)>(.*?)</t[dh]>", RegexOptions.Singleline)]
    private static partial Regex HtmlCell();
}

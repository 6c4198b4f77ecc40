using System.Text.RegularExpressions;
using StdKit.Import.Output;
using StdKit.Import.Sources;

namespace StdKit.Import.Recognition;

/// <summary>
/// Walks the recognised units in document order and writes the content file: cover and fixed 前言 items into the
/// front matter, the 目次 left out, and the body as headings, paragraphs, lists, notes, terms, tables, figures and
/// annexes. It numbers as StdKit will, so a typed number that disagrees with the computed one stays in the text for
/// the checker to report, and so typed cross-references can be resolved.
/// </summary>
internal sealed partial class Assembler
{
    private enum Zone { Cover, Toc, Preface, Introduction, Body, Annex, Bibliography }
    private enum ChapterRole { Other, References, Terms }

    private readonly List<Unit> units;
    private readonly string file;
    private readonly ImportReport report;
    private readonly Figures figures;
    private readonly MetadataCollector metadata = new();
    private readonly MarkdownBody body = new();

    private Zone zone = Zone.Cover;
    private ChapterRole role;
    private int depth, termParent, annexes, tables, figureCount;
    private readonly int[] counters = new int[8];
    private string prefix = "";
    private bool prefaceOpened;
    private Unit? caption;
    private readonly HashSet<Unit> placedTitles = [];
    private string? image;
    private Unit? termNumber;
    private int listMarkerWidth;

    private Assembler(List<Unit> units, string file, ImportReport report, Figures figures)
    {
        this.units = units;
        this.file = file;
        this.report = report;
        this.figures = figures;
    }

    /// <summary>The content file for <paramref name="units"/>; <paramref name="file"/> names the source in the
    /// report.</summary>
    public static string Assemble(List<Unit> units, string file, ImportReport report, Figures figures)
    {
        ListGuess.Apply(units);
        HeadingGuess.Apply(units);
        var assembler = new Assembler(units, file, report, figures);
        for (var i = 0; i < units.Count; i++) i = assembler.Place(i);
        assembler.FlushFigure();
        var text = assembler.body.Render();
        return assembler.metadata.Yaml(report, $"{file}:1") + "\n" + text;
    }

    private string At(Unit u) => $"{file}:{u.Source.Index}";

    /// <summary>Places unit <paramref name="i"/>; returns the last unit it consumed.</summary>
    private int Place(int i)
    {
        var u = units[i];
        if (u.Kind != UnitKind.Image && u.Kind != UnitKind.FigureTitle) FlushFigure();
        if (u.Kind is not (UnitKind.DashItem or UnitKind.NumberedItem or UnitKind.Layout)) listMarkerWidth = 0;
        switch (u.Kind)
        {
            case UnitKind.Layout:
                if (u.Text.Length > 0) report.Add(ReportKind.Unplaced, At(u), "图中文字（文本框），图片不含这些文字", u.Text);
                return i;
            case UnitKind.TocTitle:
                zone = Zone.Toc;
                return Omit(u, i, "目次（由 StdKit 重新生成）");
            case UnitKind.TocEntry:
                return Omit(u, i, "目次条目");
            case UnitKind.Cover:
                return Cover(u, i);
            case UnitKind.FrontTitle:
                return Front(u, i);
            case UnitKind.BodyTitle:
                metadata.BodyTitle(u.Text);
                report.Add(ReportKind.Metadata, At(u), "正文首页名称", u.Text);
                zone = Zone.Body;
                return i;
            case UnitKind.AnnexHeading:
                return Annex(i);
            case UnitKind.BibliographyTitle:
                zone = Zone.Bibliography;
                depth = 1;
                Block("# 参考文献", u);
                return i;
        }
        if (zone is Zone.Cover or Zone.Toc && u.Kind is UnitKind.Paragraph or UnitKind.Cover)
        {
            if (IsBodyTitle(i)) return BodyTitle(u, i);
            if (zone == Zone.Toc) return Omit(u, i, "目次");
            return Cover(u, i);
        }
        if (zone is Zone.Preface or Zone.Introduction && u.Kind == UnitKind.Paragraph && IsBodyTitle(i))
            return BodyTitle(u, i);
        if (zone is Zone.Cover or Zone.Toc && u.Kind is not (UnitKind.Heading or UnitKind.UntitledClause))
        {
            report.Add(ReportKind.Unplaced, At(u), "正文之前未能识别的内容", u.Text);
            return i;
        }
        if (zone == Zone.Preface && u.Kind != UnitKind.Paragraph) OpenPreface();
        if (u is { Kind: UnitKind.Heading, Hint: HeadingGuess.Guessed })
            report.Add(ReportKind.Guessed, At(u), $"无编号、无样式的标题，按第 {u.Level} 层处理", u.Text);
        if (role == ChapterRole.Terms && u.Kind == UnitKind.Paragraph && u.ByPattern
            && (termNumber is not null || IsTermLine(u.Text)))
        {
            Term(u);
            return i;
        }
        switch (u.Kind)
        {
            case UnitKind.Heading when role == ChapterRole.Terms && u.Level >= 2 && IsTermHeading(u, i):
            case UnitKind.UntitledClause when role == ChapterRole.Terms && u.ByPattern && IsTermLine(u.Text):
            case UnitKind.TermName:
                Term(u);
                return i;
            case UnitKind.Heading:
                Heading(u, i);
                return i;
            case UnitKind.UntitledClause:
                Untitled(u);
                return i;
            case UnitKind.TermNumber when role == ChapterRole.Terms:
                termNumber = u;
                report.Imported.Add(u.Source.Index);
                return i;
            case UnitKind.DashItem or UnitKind.NumberedItem:
                Item(u);
                return i;
            case UnitKind.Note:
                Block("注：" + u.Text, u);
                return i;
            case UnitKind.Example:
                Block("示例：" + u.Text, u);
                return i;
            case UnitKind.TableTitle:
                caption = u;
                return i;
            case UnitKind.Table:
                Table(u);
                return i;
            case UnitKind.Image:
                FlushFigure();
                image = figures.Add((SourceImage)u.Source);
                if (FigureTitleAfter(i) is { } title)
                {
                    PlaceFigure(title.Text, title);
                    placedTitles.Add(title);
                }
                return i;
            case UnitKind.FigureTitle when placedTitles.Contains(u):
                return i;
            case UnitKind.FigureTitle:
                Figure(u);
                return i;
            case UnitKind.ReferenceEntry or UnitKind.BibliographyEntry:
                ListLine("- " + u.Text, u, 0);
                return i;
            default:
                Paragraph(u);
                return i;
        }
    }

    private int Omit(Unit u, int i, string what)
    {
        report.Add(ReportKind.Omitted, At(u), what, u.Text);
        return i;
    }

    private int Cover(Unit u, int i)
    {
        if (metadata.Cover(u.Text, u.Hint)) report.Add(ReportKind.Metadata, At(u), "封面", u.Text);
        else report.Add(ReportKind.Unplaced, At(u), "封面上未能识别的内容", u.Text);
        return i;
    }

    private int BodyTitle(Unit u, int i)
    {
        var title = u.Text;
        report.Add(ReportKind.Metadata, At(u), "正文首页名称", u.Text);
        // The part element of a multi-part title ("第1部分：…") often stands on a line of its own.
        if (Next(i) is { } part && PartTitle().IsMatch(part.Text) && units.IndexOf(part) is var j and > 0)
        {
            title += "\u3000" + Regex.Replace(part.Text, @"^第\s*(\d+)\s*部分", "第$1部分");
            report.Add(ReportKind.Metadata, At(part), "正文首页名称（部分）", part.Text);
            i = j;
        }
        metadata.BodyTitle(title);
        zone = Zone.Body;
        return i;
    }

    /// <summary>A short line just before chapter 1 (or before 范围) is the title line of the first body page.</summary>
    private bool IsBodyTitle(int i)
    {
        if (!Classifier.IsTitle(units[i].Text) || units[i].Source is SourceParagraph { InTable: true }
            || MetadataCollector.IsCoverField(units[i].Text)) return false;
        var next = Next(i);
        if (next is not null && PartTitle().IsMatch(next.Text)) next = Next(units.IndexOf(next));
        return next is { Kind: UnitKind.Heading } h && (h.Number == "1" || h.Text.Replace(" ", "") == "范围");
    }

    private Unit? Next(int i)
    {
        for (var j = i + 1; j < units.Count; j++)
            if (units[j].Kind != UnitKind.Layout || units[j].Text.Length > 0) return units[j];
        return null;
    }

    private int Front(Unit u, int i)
    {
        if (u.Text.Replace(" ", "").Replace("\u3000", "") == "前言")
        {
            zone = Zone.Preface;
            report.Add(ReportKind.Omitted, At(u), "前言标题", u.Text);
            return i;
        }
        zone = Zone.Introduction;
        OpenPart("0");
        Block("# 引言", u);
        return i;
    }

    private void OpenPart(string numberPrefix)
    {
        depth = 1;
        prefix = numberPrefix;
        Array.Clear(counters);
        role = ChapterRole.Other;
    }

    private void Heading(Unit u, int i)
    {
        var level = Math.Max(u.Level, 1);
        if (zone is Zone.Cover or Zone.Toc or Zone.Preface || zone == Zone.Introduction && level == 1)
        {
            zone = Zone.Body;
            depth = 0;
            prefix = "";
        }
        if (zone is Zone.Annex or Zone.Introduction && level == 1) level = 2;
        if (zone == Zone.Body && level == 1)
        {
            prefix = "";
            counters[1]++;
            Array.Clear(counters, 2, counters.Length - 2);
            depth = 1;
            termParent = 1;
            role = RoleOf(u.Text);
            var chapter = counters[1].ToString();
            Block($"# {Checked(u, u.Text, chapter)}", u, $"第{chapter}章", $"ch{chapter}");
            return;
        }
        level = Clamp(level, u);
        var number = Count(level);
        termParent = level;
        Block($"{new string('#', level)} {Checked(u, u.Text, number)}", u, number, "c" + number);
    }

    private int Clamp(int level, Unit u)
    {
        if (level <= depth + 1) return Math.Max(level, 2);
        report.Add(ReportKind.Guessed, At(u), $"层次从 {depth} 跳到 {level}，按 {depth + 1} 级处理", u.Text);
        return depth + 1;
    }

    /// <summary>Advances the counters for a 条 of <paramref name="level"/> and returns its number.</summary>
    private string Count(int level)
    {
        counters[level]++;
        Array.Clear(counters, level + 1, counters.Length - level - 1);
        depth = level;
        var head = prefix.Length > 0 ? prefix : counters[1].ToString();
        return head + "." + string.Join(".", counters[2..(level + 1)]);
    }

    /// <summary>The title as written; where the draft typed a number other than the computed one, the typed number
    /// stays in front of the title, where the checker reports it.</summary>
    private string Checked(Unit u, string text, string computed)
    {
        report.Count(u.Kind == UnitKind.Heading && computed.Length == 1 ? "章" : "条", u.Source.Index);
        if (u.Number is null || u.Number == computed
            || u.Source is SourceParagraph { NumberLabel: not null }) return text;
        report.Add(ReportKind.Guessed, At(u), $"原文编号 {u.Number} 与计算编号 {computed} 不符，保留原文编号供检查", text);
        return $"{u.Number}　{text}".Trim();
    }

    private static ChapterRole RoleOf(string title) => title.Replace(" ", "") switch
    {
        "规范性引用文件" => ChapterRole.References,
        "术语和定义" => ChapterRole.Terms,
        _ => ChapterRole.Other,
    };

    private void Untitled(Unit u)
    {
        if (zone is Zone.Cover or Zone.Toc or Zone.Preface) zone = Zone.Body;
        var level = Clamp(u.Level > 0 ? u.Level : u.Number is { } n ? Classifier.Depth(n) : depth + 1, u);
        var number = Count(level);
        var text = Checked(u, u.Text, number);
        body.Blank();
        body.Add(new string('#', level), number, "c" + number);
        if (text.Length > 0) Block(MarkdownBody.Literal(text), u);
        // An untitled 条 holds no sub-clauses; what follows at the same depth is its text.
        depth = level;
    }

    /// <summary>In chapter 3, a heading with no heading or term entry below it is itself a term entry; one with
    /// entries below it is a concept group.</summary>
    private bool IsTermHeading(Unit u, int i) => Next(i) switch
    {
        { Kind: UnitKind.TermNumber or UnitKind.TermName } => false,
        { Kind: UnitKind.Heading } next => next.Level <= u.Level,
        _ => true,
    };

    private void Term(Unit u)
    {
        var level = Math.Min(termParent + 1, 6);
        var number = u.Number ?? termNumber?.Number;
        termNumber = null;
        counters[level]++;
        Array.Clear(counters, level + 1, counters.Length - level - 1);
        var head = prefix.Length > 0 ? prefix : counters[1].ToString();
        var computed = head + "." + string.Join(".", counters[2..(level + 1)]);
        depth = termParent;
        var (term, english) = SplitTerm(u.Text);
        var name = english is null ? term : $"{term} | {english}";
        if (number is not null && number != computed && u.Source is SourceParagraph { NumberLabel: null })
        {
            report.Add(ReportKind.Guessed, At(u), $"术语编号 {number} 与计算编号 {computed} 不符", u.Text);
        }
        report.Count("术语", u.Source.Index);
        body.Blank();
        body.Add($"{new string('#', level)} {name}", computed, "t" + computed);
        body.Blank();
    }

    /// <summary>A line of chapter 3 that names a term: a short Chinese term followed by its English one.</summary>
    private static bool IsTermLine(string text) =>
        SplitTerm(text) is { English: not null } t && t.Term.Length <= 30 && !t.Term.Contains('。');

    /// <summary>"服务机构 Facilitating agency" → the Chinese term and the English one (where the tail is Latin).</summary>
    internal static (string Term, string? English) SplitTerm(string text)
    {
        var parts = text.Trim().Split('\u3000', 2, StringSplitOptions.TrimEntries);
        if (parts.Length == 2 && parts[1].Length > 0) return (parts[0], parts[1]);
        var m = EnglishTail().Match(text.Trim());
        return m.Success ? (m.Groups[1].Value.Trim(), m.Groups[2].Value.Trim()) : (text.Trim(), null);
    }

    private void Item(Unit u)
    {
        if (u.Hint == ListGuess.Typo) report.Add(ReportKind.Guessed, At(u), "列项开头的“一”按破折号处理", u.Text);
        var dash = u.Kind == UnitKind.DashItem;
        var marker = dash ? "- " : u.Level == 1 && u.Number is { } typed && LetterMarker().IsMatch(typed)
            ? typed.Replace('）', ')') + " " : "1. ";
        if (u.Level >= 2 && listMarkerWidth > 0) ListLine(marker + u.Text, u, listMarkerWidth);
        else
        {
            ListLine(marker + u.Text, u, 0);
            listMarkerWidth = marker.Length;
        }
    }

    private void ListLine(string text, Unit u, int indent)
    {
        if (zone == Zone.Preface) OpenPreface();
        if (!body.LastIsList) body.Blank();
        body.Add(new string(' ', indent) + text, list: true);
        report.Count(u.Kind is UnitKind.ReferenceEntry or UnitKind.BibliographyEntry ? "文件清单条目" : "列项", u.Source.Index);
    }

    private void Paragraph(Unit u)
    {
        if (zone == Zone.Preface)
        {
            if (metadata.Preface(u.Text))
            {
                report.Add(ReportKind.Metadata, At(u), "前言固定句（由文件信息生成）", u.Text);
                return;
            }
            OpenPreface();
        }
        if (zone == Zone.Bibliography || role == ChapterRole.References && DocumentCode().IsMatch(u.Text))
        {
            ListLine("- " + u.Text, u, 0);
            return;
        }
        if (u.Kind == UnitKind.TermNumber)
        {
            report.Add(ReportKind.Guessed, At(u), "单独一行的编号，作为段落保留", u.Text);
            Block(u.Number ?? u.Text, u);
            return;
        }
        if (depth == 0 && zone is not Zone.Preface)
        {
            report.Add(ReportKind.Unplaced, At(u), "第一章之前的文字", u.Text);
            return;
        }
        Block(MarkdownBody.Literal(u.Text), u);
    }

    private void OpenPreface()
    {
        if (prefaceOpened) return;
        prefaceOpened = true;
        body.Blank();
        body.Add("# 前言");
        depth = 1;
    }

    private void Block(string text, Unit u, string? label = null, string? id = null)
    {
        body.Blank();
        body.Add(text.Replace("\n", "<br>"), label, id);
        body.Blank();
        if (u.Kind is UnitKind.Paragraph or UnitKind.Note or UnitKind.Example)
            report.Count(u.Kind switch { UnitKind.Note => "注", UnitKind.Example => "示例", _ => "段" }, u.Source.Index);
        else report.Imported.Add(u.Source.Index);
        if (u.ByPattern && u.Kind is UnitKind.Note or UnitKind.Example)
            report.Add(ReportKind.Guessed, At(u), "由文字识别", u.Text);
    }

    private int Annex(int i)
    {
        var u = units[i];
        var text = u.Text.Replace("\n", " ").Trim();
        var last = i;
        // "附录A", "（规范性）" and the title may stand on paragraphs of their own.
        while (last + 1 < units.Count && AnnexParts(text) < 3
            && units[last + 1] is { Kind: UnitKind.Paragraph or UnitKind.AnnexHeading } next
               && Classifier.IsTitle(next.Text) && !AnnexStart().IsMatch(next.Text))
        {
            text += " " + next.Text;
            last++;
            report.Imported.Add(next.Source.Index);
        }
        var m = AnnexText().Match(text);
        var nature = m.Groups[2].Value;
        var title = m.Groups[3].Value.Trim();
        annexes++;
        zone = Zone.Annex;
        var letter = ((char)('A' + annexes - 1)).ToString();
        OpenPart(letter);
        tables = figureCount = 0;
        if (nature.Length == 0) report.Add(ReportKind.Guessed, At(u), "附录未注明规范性或资料性", text);
        report.Count("附录", u.Source.Index);
        body.Blank();
        body.Add($"# 附录{(nature.Length > 0 ? $"（{nature}）" : "")}{title}", $"附录{letter}", "annex" + letter);
        body.Blank();
        return last;
    }

    private static int AnnexParts(string text)
    {
        var m = AnnexText().Match(text);
        return !m.Success ? 3 : 1 + (m.Groups[2].Success ? 1 : 0) + (m.Groups[3].Value.Trim().Length > 0 ? 1 : 0);
    }

    private string Prefix => zone == Zone.Annex ? prefix + "." : "";

    private void Table(Unit u)
    {
        var table = (SourceTable)u.Source;
        tables++;
        var label = $"表{Prefix}{tables}";
        var title = caption?.Text ?? "";
        if (caption is not null) report.Imported.Add(caption.Source.Index);
        caption = null;
        body.Blank();
        body.Add("表：" + title, label, $"tab{Prefix}{tables}", optional: title.Length == 0);
        body.Blank();
        var columns = table.Rows.Max(r => r.Count);
        if (table.Rows.Any(r => r.Count != columns))
            report.Add(ReportKind.Guessed, At(u), "各行单元格数不同，已补空单元格", string.Join(" ", table.Texts));
        var header = HeaderRows(table);
        var delimiter = "|" + string.Concat(Enumerable.Repeat("---|", columns));
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var cells = Enumerable.Range(0, columns).Select(c => c < table.Rows[r].Count
                ? Cell(table.Rows[r][c], r > 0 && c < table.Rows[r - 1].Count ? table.Rows[r - 1][c] : null)
                : "");
            body.Add("| " + string.Join(" | ", cells) + " |");
            // Rows above a second delimiter line are header rows too (docs/content-format.md §2.9).
            if (r == 0 || r == header - 1) body.Add(delimiter);
        }
        body.Blank();
        report.Count("表", u.Source.Index);
    }

    /// <summary>The rows marked as header rows, and the rows a cell of the header reaches down into.</summary>
    private static int HeaderRows(SourceTable table)
    {
        var header = Math.Min(table.HeaderRows, table.Rows.Count);
        while (header < table.Rows.Count && table.Rows[header].Any(c => c.MergedAbove)) header++;
        return header;
    }

    /// <summary>A cell as the content format writes it: ^ merged with the cell above, &lt; with the one to its left;
    /// a cell whose text is one of those marks escapes it.</summary>
    private static string Cell(SourceCell cell, SourceCell? above) =>
        cell.MergedLeft || cell.MergedAbove && above is { MergedLeft: true } ? "<"
            : cell.MergedAbove ? "^"
            : cell.Text.Replace("|", "\\|").Replace("\n", "<br>").Trim() is var t && t is "^" or "<" ? "\\" + t : t;

    private void Figure(Unit u)
    {
        if (image is null)
        {
            image = figures.AddPlaceholder();
            report.Add(ReportKind.Guessed, At(u), $"原文没有这幅图的图片，已放占位图 {image}，请换为原图", u.Text);
        }
        PlaceFigure(u.Text, u);
    }

    /// <summary>The title of the figure whose image is unit <paramref name="i"/>: the key (标引序号说明) may stand
    /// between image and title, but no heading, table or other image.</summary>
    private Unit? FigureTitleAfter(int i)
    {
        for (var j = i + 1; j < units.Count; j++)
            switch (units[j].Kind)
            {
                case UnitKind.FigureTitle:
                    return units[j];
                case UnitKind.Heading or UnitKind.UntitledClause or UnitKind.Table or UnitKind.Image
                    or UnitKind.AnnexHeading:
                    return null;
            }
        return null;
    }

    private void FlushFigure()
    {
        if (image is null) return;
        PlaceFigure("", null);
    }

    private void PlaceFigure(string title, Unit? u)
    {
        figureCount++;
        var label = $"图{Prefix}{figureCount}";
        body.Blank();
        body.Add($"![{title}]({image})", label, $"fig{Prefix}{figureCount}");
        body.Blank();
        if (u is not null) report.Count("图", u.Source.Index);
        else report.Add(ReportKind.Guessed, file, "图片没有图题", image!);
        image = null;
    }

    [GeneratedRegex(@"^(.*?[\p{IsCJKUnifiedIdeographs}）)])\s*([A-Za-z][A-Za-z0-9 ,;；:'’\-/()（）.&]*)$")]
    private static partial Regex EnglishTail();

    [GeneratedRegex(@"^第\s*\d+\s*部分[：:]")]
    private static partial Regex PartTitle();

    [GeneratedRegex(@"^[a-z][)）]$")]
    private static partial Regex LetterMarker();

    /// <summary>"附录A（规范性）title"; GB/T 1.1-2009 drafts write "（资料性附录）".</summary>
    [GeneratedRegex(@"^附\s*录\s*([A-Z])?\s*(?:[（(]\s*(规范性|资料性)(?:附录)?\s*[）)])?\s*(.*)$")]
    private static partial Regex AnnexText();

    [GeneratedRegex(@"^附\s*录\s*[A-Z](?![A-Za-z])")]
    private static partial Regex AnnexStart();

    [GeneratedRegex(@"^(?:[A-Z]{1,5}(?:\d+)?(?:/[A-Z]{1,2})?\s*\d|ISO|IEC|ITU|W3C|IEEE|《)")]
    private static partial Regex DocumentCode();
}

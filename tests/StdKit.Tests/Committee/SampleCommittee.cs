using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using StdKit.Build.Committee;
using StdKit.Model.Documents;
using StdKit.Tests.Import;
using StdKit.Tests.Support;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace StdKit.Tests.Committee;

/// <summary>The sample drafting group of the T/GDCMA draft, and copies of it to spoil in a test.</summary>
public static class SampleCommittee
{
    public static string Folder => Path.Combine(Repository.Root, "committees", "t-gdcma-integrity-service");
    public static string Consultation => Path.Combine(Repository.Content, "drafts", "t-gdcma-integrity-service.md");
    public static string Review => Path.Combine(Folder, "送审稿.md");
    public static string Fixture(string name) =>
        Path.Combine(Repository.Root, "tests", "StdKit.Tests", "Committee", "Fixtures", name);

    public static Standard ConsultationText() => new StandardVersions().Read(Consultation);
    public static Standard ReviewText() => new StandardVersions().Read(Review);

    /// <summary>The committee folder copied into <paramref name="temp"/>, its stage texts named by full path.</summary>
    public static string CopyTo(TempFolder temp)
    {
        var target = temp.File("committee");
        foreach (var file in Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(Folder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
        var yaml = Path.Combine(target, CommitteeFolder.FileName);
        File.WriteAllText(yaml,
            File.ReadAllText(yaml).Replace("../../content/drafts/t-gdcma-integrity-service.md", Consultation));
        return target;
    }

    /// <summary>Fills a written 征求意见表 as a unit would in Word: its name and contact, comments in the rows.</summary>
    public static void FillForm(string path, string unit, string person,
        params (string Clause, string Content, string Suggestion)[] comments)
    {
        using var document = WordprocessingDocument.Open(path, isEditable: true);
        var tables = document.MainDocumentPart!.Document.Body!.Elements<W.Table>().ToList();
        SetRight(tables[0], "单位名称", unit);
        SetRight(tables[0], "姓名", person);
        var rows = tables[1].Elements<W.TableRow>().Skip(1).ToList();
        for (var i = 0; i < comments.Length; i++)
        {
            var cells = rows[i].Elements<W.TableCell>().ToList();
            SetText(cells[1], comments[i].Clause);
            SetText(cells[2], comments[i].Content);
            SetText(cells[3], comments[i].Suggestion);
        }
    }

    private static void SetRight(W.Table table, string label, string value)
    {
        var cells = table.Descendants<W.TableCell>().ToList();
        SetText(cells[cells.FindIndex(c => c.InnerText == label) + 1], value);
    }

    public static void SetText(W.TableCell cell, string text)
    {
        var paragraph = cell.Elements<W.Paragraph>().First();
        foreach (var run in paragraph.Elements<W.Run>().ToList()) run.Remove();
        paragraph.Append(new W.Run(new W.Text(text)));
    }

    /// <summary>An .xlsx with one sheet of the given rows, strings shared as Excel saves them.</summary>
    public static void WriteWorkbook(string path, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var strings = workbook.AddNewPart<SharedStringTablePart>();
        strings.SharedStringTable = new SharedStringTable();
        var sheet = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        for (var r = 0; r < rows.Count; r++)
        {
            var row = new Row { RowIndex = (uint)(r + 1) };
            for (var c = 0; c < rows[r].Count; c++)
            {
                if (rows[r][c].Length == 0) continue;
                strings.SharedStringTable.Append(new SharedStringItem(new Text(rows[r][c])));
                row.Append(new Cell
                {
                    CellReference = $"{(char)('A' + c)}{r + 1}", DataType = CellValues.SharedString,
                    CellValue = new CellValue((strings.SharedStringTable.Count() - 1).ToString()),
                });
            }
            data.Append(row);
        }
        sheet.Worksheet = new Worksheet(data);
        workbook.Workbook.AppendChild(new Sheets(
            new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "意见" }));
    }
}

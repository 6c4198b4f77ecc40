using System.Text;
using System.Text.RegularExpressions;
using StdKit.Model.Documents;
using StdKit.Model.Metadata;

namespace StdKit.Import.Recognition;

/// <summary>
/// Collects the front matter: the cover lines (code, number, replaced documents, titles, stage, dates, issuer, ICS and
/// CCS) and the fixed items of the 前言 (drafting basis, patent sentence, 提出, 归口, drafting units, drafters, edition
/// history), which StdKit composes again from the metadata.
/// </summary>
internal sealed partial class MetadataCollector
{
    private readonly Dictionary<string, string> values = [];
    private readonly List<string> replaces = [], units = [], drafters = [], history = [], parts = [];
    private string? pendingKey;
    private bool prefaceSeen, patentSentence, codeSeen, titleBeforeCode;

    public string? Title => values.GetValueOrDefault("title");

    /// <summary>Takes a cover line; false when the line means nothing recognisable.</summary>
    public bool Cover(string text, string? hint)
    {
        var flat = text.Replace("\n", "").Trim();
        var bare = Regex.Replace(flat, @"\s", "");
        // The official template puts "ICS" and its value in cells of their own.
        if (pendingKey is { } key && bare.Length > 0)
        {
            pendingKey = null;
            if (bare is not ("ICS" or "CCS")) return Set(key, flat, keep: true);
        }
        if (bare is "ICS" or "CCS")
        {
            pendingKey = bare.ToLowerInvariant();
            return true;
        }
        if (bare.Length == 0 || bare.Replace(',', '，').Replace('.', '。') == CoverPatentCall) return true;
        // Template prompts left on the cover stay where the draft has them, for the checker (GBT-W07).
        if (bare.Contains("点击此处"))
        {
            var field = bare.Contains("英文") ? "title-en" : bare.Contains("一致性") ? "adoption" : "title";
            return Set(field, flat.Trim('（', '）', '(', ')'));
        }
        switch (hint)
        {
            case "code": return Code(flat);
            case "number": return Set("number", Dash(flat));
            case "banner": return Code(null) && Set("banner", bare);
            // A title sets each of its elements on a line of its own (GB/T 1.1 6.1).
            case "title": return Set("title", TitleElements(text.Trim().Replace("\n", "\u3000")));
            case "issuer" when !Date().IsMatch(bare): return bare is "XXXX发布"
                || Set("issuer", flat.Replace("发布", "").Trim());
        }
        if (bare.StartsWith("ICS")) return Set("ics", flat[3..].Trim(), keep: true);
        if (bare.StartsWith("CCS")) return Set("ccs", flat[3..].Trim(), keep: true);
        if (bare.StartsWith("备案号")) return Set("filing-number", Regex.Replace(flat, @"^备案号[：:]?", "").Trim());
        if (DraftDate().Match(bare) is { Success: true } drafted) return Set("draft-date", drafted.Groups[1].Value);
        if (bare.StartsWith("代替"))
        {
            replaces.AddRange(flat[(flat.IndexOf("代替", StringComparison.Ordinal) + 2)..]
                .Split(['、', '；', ';'],
                    StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Dash));
            return true;
        }
        if (Stage().Match(bare) is { Success: true } stage && bare.Length <= stage.Length + 2)
            return Set("stage", stage.Value);
        var dates = Date().Matches(bare);
        if (dates.Count > 0 && (bare.Contains("发布") || bare.Contains("实施")))
        {
            foreach (Match d in dates)
                Set(bare[(d.Index + d.Length)..].StartsWith("实施") ? "implementation-date" : "release-date",
                    $"{d.Groups[1].Value}-{d.Groups[2].Value}-{d.Groups[3].Value}");
            return true;
        }
        if (hint == "issuer" || bare.EndsWith("发布") && bare.Length > 2)
            return bare is "XXXX发布" || Set("issuer", flat.Replace("发布", "").Trim());
        if (CodePattern().IsMatch(bare)) return Code(flat);
        if (NumberPattern().IsMatch(bare)
            && DocumentNumber.TryParse(Dash(flat), out _)) return Set("number", Dash(flat));
        if (bare.EndsWith("标准") && bare.Length <= 16) return Code(null) && Set("banner", bare);
        if (hint == "adoption" || Adoption().IsMatch(bare)) return Set("adoption", flat.Trim('（', '）', '(', ')'));
        if (hint == "title-en" || flat.Count(char.IsAsciiLetter) * 2 > flat.Length) return Set("title-en", flat);
        var elements = TitleElements(text.Trim().Replace("\n", "\u3000"));
        if (Title is { } title && bare.StartsWith('第') && bare.Contains("部分"))
            return Set("title", $"{title}\u3000{elements}", keep: true);
        if (Classifier.IsTitle(bare) || bare.Length <= 60 && !bare.Contains('。'))
        {
            titleBeforeCode |= !codeSeen;
            return Set("title", elements);
        }
        return false;
    }

    /// <summary>The code or banner starts the cover proper: a title-like line before it belonged to a cover
    /// letter.</summary>
    private bool Code(string? code)
    {
        if (!codeSeen && titleBeforeCode) values.Remove("title");
        codeSeen = true;
        return code is null || Set("code", code);
    }

    /// <summary>A cover line that is not a title: stage, dates, number, ICS/CCS, replaced documents.</summary>
    public static bool IsCoverField(string text)
    {
        var bare = Regex.Replace(text, @"\s", "");
        return Stage().IsMatch(bare) || Date().IsMatch(bare) || bare.StartsWith("ICS") || bare.StartsWith("CCS")
               || bare.StartsWith("代替") || NumberPattern().IsMatch(bare) && DocumentNumber.TryParse(Dash(text), out _);
    }

    public void BodyTitle(string text)
    {
        var title = TitleElements(text.Trim().Replace("\n", "\u3000"));
        if (Title is null) values["title"] = title;
        else if (Regex.Replace(title, @"\s", "") != Regex.Replace(Title, @"\s", "")) values["body-title"] = title;
    }

    /// <summary>Takes a fixed item of the 前言; false for the drafter's own items (relations, changes …).</summary>
    public bool Preface(string text)
    {
        prefaceSeen = true;
        var t = text.Trim();
        if (t.StartsWith("本文件按照GB/T 1.1") || t.StartsWith("本文件按照GB/T1.1") || t == "本文件为首次发布。") return true;
        if (t.StartsWith("请注意本文件的某些内容可能涉及专利")) return patentSentence = true;
        if (Fixed(t, @"^本文件由(.+?)提出并归口。?$") is { } both) return Set("proposer", both) & Set("administrator", both);
        if (Fixed(t, @"^本文件由(.+?)提出。?$") is { } proposer) return Set("proposer", proposer);
        if (Fixed(t, @"^本文件由(.+?)归口。?$") is { } administrator) return Set("administrator", administrator);
        if (Fixed(t, @"^本文件起草单位[：:](.*?)。?$") is { } u) return AddAll(units, u, '、');
        if (Fixed(t, @"^本文件主要起草人[：:](.*?)。?$") is { } d) return AddAll(drafters, d, '、');
        if (Fixed(t, @"^本文件及其所代替文件的历次版本发布情况为[：:](.*?)。?$") is { } h) return AddAll(history, h, '；');
        if (Regex.IsMatch(t, @"^本文件于\d{4}年首次发布")) return AddAll(history, t.TrimEnd('。'), '；');
        // A part's place in its series and the parts published (GB/T 1.1 8.3), composed again from the title and parts.
        if (Regex.IsMatch(t, @"^本文件是.+的第\d+部分。")) return true;
        if (Fixed(t, @"^——(第\d+部分[：:].+?)[；;。]?$") is { } published) return AddAll(parts, published, '；');
        if (Fixed(t, @"^本文件代替([^，,。]+)。$") is { } replaced && replaces.Count == 0)
            return AddAll(replaces, replaced, '、');
        if (Fixed(t, @"^本文件等同采用(.+?)。$") is { } idt) return Set("adoption", idt + ", IDT");
        if (Fixed(t, @"^本文件修改采用(.+?)。$") is { } mod) return Set("adoption", mod + ", MOD");
        return false;
    }

    /// <summary>The YAML front matter; what is missing and required is reported at <paramref
    /// name="location"/>.</summary>
    public string Yaml(ImportReport report, string location)
    {
        if (!values.TryGetValue("number", out var number) || !DocumentNumber.TryParse(number, out _))
        {
            number = "Q/XXXX XXXX—XXXX";
            report.Add(ReportKind.Guessed, location, "未找到文件编号，暂用 Q/XXXX XXXX—XXXX，请改为实际编号和类别", "");
        }
        DocumentNumber.TryParse(number, out var parsed);
        var type = parsed.Type ?? DocumentType.Industry;
        var yaml = new StringBuilder("---\n");
        void Line(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value)) yaml.Append($"{key}: {Quote(value)}\n");
        }
        void List(string key, List<string> items)
        {
            if (items.Count == 0) return;
            yaml.Append($"{key}:\n");
            foreach (var item in items) yaml.Append($"  - {Quote(item)}\n");
        }
        Line("type", TypeKey(type));
        Line("number", number);
        if (values.GetValueOrDefault("code") is { } code && code.Replace(" ", "") != parsed.Code.Replace(" ", ""))
            Line("code", code);
        if (values.GetValueOrDefault("banner") is { } banner
            && banner != CoverBanner.For(type, parsed.Code)?.Replace(" ", "")) Line("banner", banner);
        List("replaces", replaces);
        if (Title is null) report.Add(ReportKind.Guessed, location, "未找到文件名称，请在 title 中填写", "");
        Line("title", Title ?? "（名称）");
        foreach (var key in new[] { "title-en", "body-title", "adoption", "stage", "draft-date", "ics", "ccs",
                     "filing-number", "release-date", "implementation-date", "issuer", "proposer", "administrator" })
            Line(key, values.GetValueOrDefault(key));
        List("drafting-units", units);
        List("drafters", drafters);
        List("history", history);
        List("parts", parts);
        if (prefaceSeen && !patentSentence) yaml.Append("patent-notice: false\n");
        return yaml.Append("---\n").ToString();
    }

    private const string CoverPatentCall = "在提交反馈意见时，请将您知道的相关专利连同支持性文件一并附上。";

    private bool Set(string key, string value, bool keep = false)
    {
        if (keep || !values.ContainsKey(key)) values[key] = value;
        return true;
    }

    private static bool AddAll(List<string> list, string value, char separator)
    {
        list.AddRange(value.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return true;
    }

    private static string? Fixed(string text, string pattern) =>
        Regex.Match(text, pattern) is { Success: true } m ? m.Groups[1].Value.Trim() : null;

    /// <summary>Title elements separated by one full-width space, however the source spaced them.</summary>
    private static string TitleElements(string title) => Regex.Replace(title.Trim(), @"(?:\s{2,}|\u3000+)", "\u3000");

    private static string Dash(string number) => Regex.Replace(number.Trim(), @"\s*[-－–—]+\s*(?=(\d{4}|X{4})$)", "—");

    private static string TypeKey(DocumentType type) => type switch
    {
        DocumentType.National => "national",
        DocumentType.Local => "local",
        DocumentType.Group => "group",
        DocumentType.Enterprise => "enterprise",
        _ => "industry",
    };

    /// <summary>A YAML double-quoted scalar: always safe, whatever the text.</summary>
    private static string Quote(string value) =>
        "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n").Replace("\t", "\\t") + "\"";

    [GeneratedRegex(@"(\d{4}|X{4})-?(\d{2}|XX)-?(\d{2}|XX)")]
    private static partial Regex Date();

    [GeneratedRegex(@"^[（(]?本草案完成时间[：:](\S+?)[）)]?$")]
    private static partial Regex DraftDate();

    [GeneratedRegex("工作组讨论稿|征求意见稿|送审稿|报批稿")]
    private static partial Regex Stage();

    [GeneratedRegex(@"^[A-Z]{1,5}(?:\d+)?(?:/[A-Z][A-Z0-9]*)?[\dX]")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^[A-Z]{1,5}(?:\d+)?(?:/[A-Z]{1,8})?$")]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"^[（(].*(IDT|MOD|NEQ)[）)]$")]
    private static partial Regex Adoption();
}

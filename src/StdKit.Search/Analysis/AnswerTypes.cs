using System.Text.RegularExpressions;

namespace StdKit.Search.Analysis;

/// <summary>
/// What kind of answer a clause gives — a time limit, a frequency, an amount of money, a number of people, a
/// percentage, a temperature, the levels of a scale, where to turn — found by the forms that state them (5个工作日内,
/// 每半年至少1次, 3万元, 3个等级, 投诉电话). A question that asks 多久, 几次, 多少钱, 分几档 or 去哪 ranks the clauses
/// that give that kind of answer first, as a reader would look for the number. A clause that names the kind (保存期限,
/// 频次, 限额) gives it too, where it stands or in the table it points to (应急演练的频次应符合表3).
/// </summary>
public static partial class AnswerTypes
{
    public const string Time = "time";
    public const string Frequency = "frequency";
    public const string Money = "money";
    public const string People = "people";
    public const string Percent = "percent";
    public const string Temperature = "temperature";
    public const string Grade = "grade";
    public const string Place = "place";

    private const string Number = @"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百]+)";

    public static IEnumerable<string> Of(string text)
    {
        if (TimePattern().IsMatch(text)) yield return Time;
        if (FrequencyPattern().IsMatch(text)) yield return Frequency;
        if (MoneyPattern().IsMatch(text)) yield return Money;
        if (PeoplePattern().IsMatch(text)) yield return People;
        if (PercentPattern().IsMatch(text)) yield return Percent;
        if (TemperaturePattern().IsMatch(text)) yield return Temperature;
        if (GradePattern().IsMatch(text)) yield return Grade;
        if (PlacePattern().IsMatch(text)) yield return Place;
    }

    [GeneratedRegex(Number + @"\s*(?:个)?(?:工作日|日|天|周|个月|月|季度|年|小时|h|min|分钟)(?![A-Za-z])|年限|保存期|保管期")]
    private static partial Regex TimePattern();

    [GeneratedRegex(@"每(?:半)?(?:年|季度|月|周|日|天|学期)|" + Number + @"\s*次|频次|频率|周期")]
    private static partial Regex FrequencyPattern();

    [GeneratedRegex(Number + @"\s*(?:万元|元)|限额")]
    private static partial Regex MoneyPattern();

    [GeneratedRegex(Number + @"\s*(?:人|名)(?![称义])")]
    private static partial Regex PeoplePattern();

    [GeneratedRegex(Number + @"\s*[%％]")]
    private static partial Regex PercentPattern();

    [GeneratedRegex(Number + @"\s*(?:℃|度)")]
    private static partial Regex TemperaturePattern();

    /// <summary>Levels a scale is divided into: 3个等级, 分为三档, 一级至五级; a choice among three or more quoted
    /// options (在“满意”“基本满意”“不满意”中选择一项).</summary>
    [GeneratedRegex(Number + @"\s*(?:个)?(?:等级|档次|档|级别)|分为[^。；]{0,40}?(?:等级|档|级)"
                    + @"|(?:“[^”。]{1,10}”[、，]?){3,}中(?:选择|勾选|选取|选)")]
    private static partial Regex GradePattern();

    /// <summary>Where to go or whom to ask: a channel, a telephone, an address, a counter.</summary>
    [GeneratedRegex("渠道|电话|邮箱|入口|窗口|地点|地址|热线|接待")]
    private static partial Regex PlacePattern();
}

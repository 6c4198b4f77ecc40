using Lucene.Net.Analysis;
using Lucene.Net.Analysis.CharFilters;
using Lucene.Net.Analysis.Cjk;
using System.Text.RegularExpressions;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Pattern;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace StdKit.Search.Analysis;

/// <summary>
/// Chinese clause text: [traditional→simplified, percentage char filters] → StandardTokenizer → CJKWidthFilter →
/// LowerCaseFilter → CJKBigramFilter, with no stop filter
/// (CJKAnalyzer's English stop list drops the T of GB/T and the A of 表A.1).
/// The index chain keeps every character as a unigram beside the bigrams, so that one-character queries find it;
/// the query chain asks for bigrams only and repairs their positions, so that phrases match across breaks.
/// </summary>
public sealed class ChineseAnalyzer : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private const CJKScript Scripts = CJKScript.HAN | CJKScript.HIRAGANA | CJKScript.KATAKANA | CJKScript.HANGUL;

    private readonly bool _forIndex;

    private ChineseAnalyzer(bool forIndex) => _forIndex = forIndex;

    /// <summary>Unigrams and bigrams.</summary>
    public static ChineseAnalyzer Index { get; } = new(forIndex: true);

    /// <summary>Bigrams (a lone character stays a unigram), positions aligned with the index chain.</summary>
    public static ChineseAnalyzer Query { get; } = new(forIndex: false);

    /// <summary>
    /// A percentage keeps its sign as a second token, "80％" → "80 80pct": the tokenizer drops "%" and "％", and a query
    /// for 80% should find 80％ before every other 80. The number alone still finds it. Zeros after the point do not
    /// make another percentage: 90.0％ → "90.0 90pct".
    /// </summary>
    private static readonly Regex Percentage = new(@"(\d+(?:\.\d*[1-9])?)(\.0+)?\s?[%％]", RegexOptions.Compiled);

    /// <summary>What the percentage token of a number ends with.</summary>
    public const string PercentSuffix = "pct";

    /// <summary>
    /// Keeps phrases from running from a clause's text into its title, the second value of the same field.
    /// </summary>
    public override int GetPositionIncrementGap(string fieldName) => 100;

    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        new PatternReplaceCharFilter(
            Percentage, "$1$2 $1" + PercentSuffix, new MappingCharFilter(SimplifiedFolding.Map, reader));

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream chain = new CJKWidthFilter(source);
        chain = new LowerCaseFilter(Version, chain);
        chain = new CJKBigramFilter(chain, Scripts, outputUnigrams: _forIndex);
        if (!_forIndex) chain = new BigramPositionFilter(chain);
        return new TokenStreamComponents(source, chain);
    }
}

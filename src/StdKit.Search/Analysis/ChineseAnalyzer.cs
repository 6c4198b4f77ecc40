using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace StdKit.Search.Analysis;

/// <summary>
/// Chinese clause text: StandardTokenizer → CJKWidthFilter → LowerCaseFilter → CJKBigramFilter, with no stop filter
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

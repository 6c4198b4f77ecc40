using Lucene.Net.Analysis;
using Lucene.Net.Analysis.CharFilters;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Path;

namespace StdKit.Search.Analysis;

/// <summary>
/// A clause number (条号) as a path: the index side splits "4.3.1" into 4 | 4.3 | 4.3.1 with PathHierarchyTokenizer, so
/// that "4.3" finds the whole subclause; the query side keeps the typed number whole. Both fold full-width forms and
/// write a list item's "6.2.1 b)" as the path 6.2.1.b.
/// </summary>
public sealed class ClauseNumberAnalyzer : Analyzer
{
    private static readonly NormalizeCharMap Normalisation = BuildNormalisation();

    private readonly bool _forIndex;

    private ClauseNumberAnalyzer(bool forIndex) => _forIndex = forIndex;

    public static ClauseNumberAnalyzer Index { get; } = new(forIndex: true);
    public static ClauseNumberAnalyzer Query { get; } = new(forIndex: false);

    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        new MappingCharFilter(Normalisation, reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        Tokenizer source = _forIndex ? new PathHierarchyTokenizer(reader, '.', '.') : new KeywordTokenizer(reader);
        return new TokenStreamComponents(source, new LowerCaseFilter(ChineseAnalyzer.Version, source));
    }

    private static NormalizeCharMap BuildNormalisation()
    {
        var map = new NormalizeCharMap.Builder();
        for (var c = '\uFF01'; c <= '\uFF5E'; c++)
            if (char.IsLetterOrDigit(c)) map.Add(c.ToString(), ((char)(c - 0xFEE0)).ToString());
        map.Add("．", ".");
        map.Add(" ", ".");
        map.Add("\u3000", ".");
        foreach (var bracket in new[] { ")", "）", "(", "（" }) map.Add(bracket, "");
        return map.Build();
    }
}
